namespace StatusBot.Slack.Inbound;

/// <summary>An Events API request body.</summary>
public abstract record SlackEventEnvelope
{
    private protected SlackEventEnvelope()
    {
    }
}

/// <summary>Slack checking the request URL: answer with <paramref name="Challenge"/>.</summary>
/// <param name="Challenge">The value to echo back.</param>
public sealed record SlackUrlVerification(string Challenge) : SlackEventEnvelope;

/// <summary>An event delivered to the app.</summary>
/// <param name="EventId">Unique per event and workspace; de-duplicate on it (Slack retries).</param>
/// <param name="TeamId">The workspace the event happened in.</param>
/// <param name="ApiAppId">The app the event is for.</param>
/// <param name="EventTime">When the event happened, when sent.</param>
/// <param name="Event">The inner event.</param>
/// <param name="Retry">Set when this delivery is a retry of an unanswered one.</param>
public sealed record SlackEventCallback(
    string EventId,
    string TeamId,
    string ApiAppId,
    DateTimeOffset? EventTime,
    SlackEvent Event,
    SlackRetry? Retry) : SlackEventEnvelope;

/// <summary>The inner event of an <see cref="SlackEventCallback"/>.</summary>
/// <param name="Type">Such as <c>app_home_opened</c>, <c>app_uninstalled</c>, <c>tokens_revoked</c>.</param>
/// <param name="User">The user the event is about, when the event names one by id.</param>
/// <param name="Channel">The conversation, when the event names one by id.</param>
/// <param name="Tab">For <c>app_home_opened</c>: <c>home</c> or <c>messages</c>.</param>
public sealed record SlackEvent(string Type, string? User, string? Channel, string? Tab)
{
    /// <summary>For <c>tokens_revoked</c>: true when bot tokens were among those revoked (not only users' tokens).</summary>
    public bool BotTokensRevoked { get; init; }

    /// <summary>True when the event means the bot can no longer act in the workspace.</summary>
    public bool RemovesApp => Type == "app_uninstalled" || (Type == "tokens_revoked" && BotTokensRevoked);
}

/// <summary>Slack's retry headers: a redelivery because the first answer was late or an error.</summary>
/// <param name="Number">X-Slack-Retry-Num: 1 to 3.</param>
/// <param name="Reason">X-Slack-Retry-Reason, such as <c>http_timeout</c>, when sent.</param>
public sealed record SlackRetry(int Number, string? Reason);
