namespace StatusBot.Slack.Outbound;

/// <summary>The bot token to call Slack's Web API with, per workspace.</summary>
public interface ISlackTokenSource
{
    /// <summary>The bot token for <paramref name="teamId"/>, or null when the app is not installed there.</summary>
    ValueTask<string?> GetAsync(string teamId, CancellationToken cancellationToken = default);

    /// <summary>Drops what is remembered of <paramref name="teamId"/>'s token (Slack refused it, or the app was removed).</summary>
    void Forget(string teamId);
}
