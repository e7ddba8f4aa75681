using Microsoft.Extensions.Options;

namespace StatusBot.Teams.Graph;

/// <summary>Refuses a <c>Teams:Graph</c> configuration that cannot work, naming the key.</summary>
internal sealed class TeamsGraphOptionsValidator(IOptions<TeamsOptions> teams) : IValidateOptions<TeamsGraphOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsGraphOptions options)
    {
        var failures = new List<string>();
        if (options.Enabled == true && !TeamsGraphOptions.HasCredentials(teams.Value))
        {
            failures.Add("Teams:Graph:Enabled needs Teams:AppId, Teams:AppPassword and Teams:TenantId: Graph is read with the bot's own app credentials, in its tenant.");
        }

        var url = options.BaseUrl;
        if (url is null || !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add("Teams:Graph:BaseUrl must be an absolute https address (plain http on loopback only), such as https://graph.microsoft.com/v1.0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
