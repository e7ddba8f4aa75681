using Microsoft.Extensions.Options;

namespace StatusBot.Teams;

/// <summary>Refuses a Teams configuration that cannot work, naming the key.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.AppId) && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Teams:AppPassword is required when Teams:AppId is set (the bot needs it for outbound tokens).");
        }

        if (!string.IsNullOrWhiteSpace(options.AppId) && !Guid.TryParse(options.AppId, out _))
        {
            failures.Add("Teams:AppId must be the bot's app id, a GUID.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Teams:TenantId must be a tenant id (a GUID).");
        }

        if (!IsHttpAddress(options.OpenIdMetadataUrl))
        {
            failures.Add("Teams:OpenIdMetadataUrl must be an absolute http(s) address.");
        }

        if (options.TokenEndpoint is not null && !IsHttpAddress(options.TokenEndpoint))
        {
            failures.Add("Teams:TokenEndpoint must be an absolute http(s) address.");
        }

        if (options.AllowedServiceUrlHosts.Any(host => Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            failures.Add("Teams:AllowedServiceUrlHosts must hold host names only, such as smba.trafficmanager.net.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpAddress(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "https" or "http";
}
