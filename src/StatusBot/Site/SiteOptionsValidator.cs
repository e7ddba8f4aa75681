using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace StatusBot.Site;

/// <summary>Refuses site settings that would publish a broken page or link, naming the key and the value.</summary>
internal sealed class SiteOptionsValidator(IHostEnvironment environment) : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Operator))
        {
            failures.Add("Site:Operator must name who runs this StatusBot, for example \"Acme Ltd\".");
        }

        if (options.ContactEmail is { } email && !MailAddress.TryCreate(email, out _))
        {
            failures.Add($"Site:ContactEmail is '{email}'; it must be an email address, such as support@example.com.");
        }

        if (options.SupportUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            failures.Add($"Site:SupportUrl is '{url}'; it must be an absolute http(s) address, such as https://help.example.com/.");
        }

        foreach (var (key, path) in new[] { ("Site:PrivacyFile", options.PrivacyFile), ("Site:TermsFile", options.TermsFile) })
        {
            if (path is not null && !File.Exists(Path.GetFullPath(path, environment.ContentRootPath)))
            {
                failures.Add($"{key} is '{path}', which is not a file ({Path.GetFullPath(path, environment.ContentRootPath)}); name an HTML file, or leave it unset for the default text.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
