namespace StatusBot.Slack.Installations;

/// <summary>The <c>state</c> values of OAuth installs under way, each good for one callback.</summary>
public interface ISlackOAuthStateStore
{
    /// <summary>Files a new state that expires at <paramref name="expiresAt"/>.</summary>
    Task IssueAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Uses a state up: true only the first time, and only before it expires.</summary>
    Task<bool> TryRedeemAsync(string state, DateTimeOffset now, CancellationToken cancellationToken = default);
}
