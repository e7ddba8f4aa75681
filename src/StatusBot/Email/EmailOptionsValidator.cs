using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace StatusBot.Email;

/// <summary>Refuses an email configuration that cannot work, naming the key.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        var smtp = options.Smtp;
        if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add($"Email:Smtp:Port must be from 1 to 65535, not {smtp.Port}.");
            }

            if (string.IsNullOrWhiteSpace(smtp.From) || !MailAddress.TryCreate(smtp.From, out _))
            {
                failures.Add("Email:Smtp:From must be the sender's email address when Email:Smtp:Host is set.");
            }

            if (!string.IsNullOrWhiteSpace(smtp.User) && string.IsNullOrEmpty(smtp.Password))
            {
                failures.Add("Email:Smtp:Password is required when Email:Smtp:User is set.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.FromName) || options.FromName.Length > 100 || options.FromName.Any(char.IsControl))
        {
            failures.Add($"Email:FromName is '{options.FromName}'; it must be a name of 1 to 100 characters on one line, such as Acme Support.");
        }

        if (string.IsNullOrWhiteSpace(options.OutboxPath))
        {
            failures.Add("Email:OutboxPath must name a folder.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
