namespace StatusBot.Http.Outbound;

/// <summary>
/// The transport stopped trying a call whose failures were transient: the attempts ran out, the total time did, or the
/// service asked for a longer wait (<c>Retry-After</c>) than the transport may hold a call for. Trying later may work.
/// </summary>
public sealed class OutboundGaveUpException : Exception
{
    /// <summary>Creates the exception for a call that failed with <paramref name="error"/> after <paramref name="attempts"/> attempts.</summary>
    public OutboundGaveUpException(string error, TimeSpan retryAfter, int attempts, Exception? innerException = null)
        : base($"Gave up after {attempts} attempts: {error}.", innerException)
    {
        Error = error;
        RetryAfter = retryAfter;
        Attempts = attempts;
    }

    /// <summary>Required by the exception pattern.</summary>
    public OutboundGaveUpException() : this("unknown_error", TimeSpan.Zero, 0) { }

    /// <summary>Required by the exception pattern.</summary>
    public OutboundGaveUpException(string message) : this(message, TimeSpan.Zero, 0) { }

    /// <summary>Required by the exception pattern.</summary>
    public OutboundGaveUpException(string message, Exception innerException) : this(message, TimeSpan.Zero, 0, innerException) { }

    /// <summary>The last failure: the classifier's error, <c>network_error</c> or <c>timeout</c>.</summary>
    public string Error { get; }

    /// <summary>How long to wait before trying again: the service's <c>Retry-After</c>, or the next backoff.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>The attempts made.</summary>
    public int Attempts { get; }
}
