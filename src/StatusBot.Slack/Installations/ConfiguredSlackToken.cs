using Microsoft.Extensions.Options;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Installations;

/// <summary>Single-workspace mode: the one bot token of <c>Slack:BotToken</c>, for whichever workspace asks.</summary>
public sealed class ConfiguredSlackToken(IOptions<SlackOptions> options) : ISlackTokenSource
{
    /// <inheritdoc />
    public ValueTask<string?> GetAsync(string teamId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(string.IsNullOrWhiteSpace(options.Value.BotToken) ? null : options.Value.BotToken);

    /// <inheritdoc />
    public void Forget(string teamId)
    {
        // Nothing to drop: the token comes from configuration.
    }
}
