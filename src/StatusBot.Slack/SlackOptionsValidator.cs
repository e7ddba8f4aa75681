using Microsoft.Extensions.Options;

namespace StatusBot.Slack;

/// <summary>Refuses a Slack configuration that cannot work, naming the key.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) address, such as https://slack.com/api/.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) != string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Slack:ClientId and Slack:ClientSecret go together: set both for OAuth installs, or neither.");
        }

        if (options.IsMultiWorkspace && !string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Set Slack:BotToken for one workspace, or Slack:ClientId and Slack:ClientSecret for installs into many, not both.");
        }

        if (options.RedirectUri is { } redirect && (!redirect.IsAbsoluteUri || redirect.Scheme is not ("https" or "http")))
        {
            failures.Add("Slack:RedirectUri must be an absolute http(s) address ending in /slack/oauth/callback.");
        }

        if (!options.AuthorizeUrl.IsAbsoluteUri || options.AuthorizeUrl.Scheme != "https")
        {
            failures.Add("Slack:AuthorizeUrl must be an absolute https address, such as https://slack.com/oauth/v2/authorize.");
        }

        if (!string.IsNullOrWhiteSpace(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with xoxb-.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
