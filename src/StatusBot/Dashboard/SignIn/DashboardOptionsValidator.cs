using Microsoft.Extensions.Options;
using StatusBot.Playground;

namespace StatusBot.Dashboard.SignIn;

/// <summary>Refuses half a client (an id without a secret) and an authority that is neither https nor on this machine.</summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        Client("Dashboard:Slack", options.Slack.ClientId, options.Slack.ClientSecret, options.Slack.Authority, failures);
        Client("Dashboard:Entra", options.Entra.ClientId, options.Entra.ClientSecret, options.Entra.EffectiveAuthority, failures);
        if (string.IsNullOrWhiteSpace(options.Entra.TenantId))
        {
            failures.Add("Dashboard:Entra:TenantId must be a tenant id or 'organizations'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for an authority the handler may read over plain http: one on this machine (a test's provider).</summary>
    public static bool IsLoopback(Uri authority) => PlaygroundRequest.IsLoopbackHost(authority.Host);

    private static void Client(string section, string? id, string? secret, Uri authority, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(id) != string.IsNullOrWhiteSpace(secret))
        {
            failures.Add($"{section}:ClientId and {section}:ClientSecret must be set together (or neither, to turn that sign-in off).");
        }

        if (!authority.IsAbsoluteUri || (authority.Scheme != Uri.UriSchemeHttps && !IsLoopback(authority)))
        {
            failures.Add($"{section}:Authority must be an https URL (plain http only on loopback), not '{authority}'.");
        }
    }
}
