using StatusBot.Core.Chat;

namespace StatusBot.Slack.Outbound;

/// <summary>
/// A Slack Web API call that failed: Slack answered <c>ok:false</c> with an error code, or the call could not
/// get through (rate limited, server errors, network) after the allowed retries.
/// </summary>
public sealed class SlackApiException : Exception
{
    /// <summary>Creates the exception for <paramref name="method"/> failing with <paramref name="error"/>.</summary>
    public SlackApiException(string method, string error, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base($"Slack {method} failed: {error}.", innerException)
    {
        Method = method;
        Error = error;
        RetryAfter = retryAfter;
    }

    /// <summary>Required by the exception pattern.</summary>
    public SlackApiException() : this("unknown", "unknown_error") { }

    /// <summary>Required by the exception pattern.</summary>
    public SlackApiException(string message) : this("unknown", message) { }

    /// <summary>Required by the exception pattern.</summary>
    public SlackApiException(string message, Exception innerException) : this("unknown", message, null, innerException) { }

    /// <summary>The Web API method, such as <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>
    /// Slack's error code (<c>channel_not_found</c>, <c>ratelimited</c>, ...), or for failures outside Slack's
    /// answer <c>http_&lt;status&gt;</c>, <c>network_error</c> or <c>timeout</c>.
    /// </summary>
    public string Error { get; }

    /// <summary>How long to wait before trying again, when that is known; null when retrying will not help.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when Slack refused for rate limiting.</summary>
    public bool IsRateLimited => Error is "ratelimited" or "rate_limited";

    /// <summary>True when the token no longer works: the app was uninstalled or the token revoked.</summary>
    public bool IsTokenRevoked => Error is "token_revoked" or "invalid_auth" or "account_inactive" or "not_authed";

    /// <summary>True when the same call may succeed later (rate limits, server and network errors).</summary>
    public bool IsTransient => RetryAfter is not null;

    /// <summary>
    /// This failure as Core's <see cref="ChatDeliveryException"/> (nothing was delivered), keeping
    /// <see cref="RetryAfter"/> so the caller knows when to try again. With the <paramref name="recipient"/>, an
    /// error that will not pass by itself (see <see cref="SlackDeliveryProblems"/>) comes out permanent, saying what to do.
    /// </summary>
    public ChatDeliveryException ToDeliveryException(ChatAddress? recipient = null) =>
        (recipient is null ? null : SlackDeliveryProblems.Classify(this, recipient))
        ?? new($"Slack did not take the message ({Method}: {Error}).", this) { RetryAfter = RetryAfter, Address = recipient, Code = Error };
}
