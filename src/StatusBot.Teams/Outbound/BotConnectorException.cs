using StatusBot.Core.Chat;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// A Bot Connector call (or the token it needs) that failed: refused, or not reachable after the allowed
/// retries. Nothing was delivered.
/// </summary>
public sealed class BotConnectorException : Exception
{
    /// <summary>Creates the exception for <paramref name="operation"/> failing with <paramref name="error"/>.</summary>
    public BotConnectorException(string operation, string error, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base($"Teams {operation} failed: {error}.", innerException)
    {
        Operation = operation;
        Error = error;
        RetryAfter = retryAfter;
    }

    /// <summary>Required by the exception pattern.</summary>
    public BotConnectorException() : this("unknown", "unknown_error") { }

    /// <summary>Required by the exception pattern.</summary>
    public BotConnectorException(string message) : this("unknown", message) { }

    /// <summary>Required by the exception pattern.</summary>
    public BotConnectorException(string message, Exception innerException) : this("unknown", message, null, innerException) { }

    /// <summary>What was attempted: <c>send</c>, <c>reply</c>, <c>update</c>, <c>create conversation</c>, <c>token</c>.</summary>
    public string Operation { get; }

    /// <summary>
    /// Why: <c>http_&lt;status&gt;</c>, <c>network_error</c>, <c>timeout</c>, <c>host_not_allowed</c>,
    /// <c>too_large</c>, <c>invalid_response</c>, or the token endpoint's error code.
    /// </summary>
    public string Error { get; }

    /// <summary>How long to wait before trying again, when trying again may help; null when it will not.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may succeed later (rate limits, server and network errors).</summary>
    public bool IsTransient => RetryAfter is not null;

    /// <summary>
    /// This failure as Core's <see cref="ChatDeliveryException"/>, keeping <see cref="RetryAfter"/>. With the
    /// <paramref name="recipient"/> (and their <paramref name="name"/> when known), a refusal that will not pass by itself
    /// (see <see cref="TeamsDeliveryProblems"/>) comes out permanent, saying what to do.
    /// </summary>
    public ChatDeliveryException ToDeliveryException(ChatAddress? recipient = null, string? name = null) =>
        (recipient is null ? null : TeamsDeliveryProblems.Classify(this, recipient, name))
        ?? new($"Teams did not take the message ({Operation}: {Error}).", this) { RetryAfter = RetryAfter, Address = recipient, Code = Error };
}
