namespace StatusBot.Slack.Inbound;

/// <summary>Why a Slack request was refused, or <see cref="None"/> when it verified.</summary>
public enum SlackVerificationFailure
{
    /// <summary>The request verified.</summary>
    None,

    /// <summary><c>Slack:SigningSecret</c> is unset, so every request is refused.</summary>
    SecretNotConfigured,

    /// <summary>The <c>X-Slack-Request-Timestamp</c> header is missing or empty.</summary>
    MissingTimestamp,

    /// <summary>The timestamp is not a plain non-negative number of unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than five minutes away from now (a replay, or a skewed clock).</summary>
    TimestampOutOfWindow,

    /// <summary>The <c>X-Slack-Signature</c> header is missing or empty.</summary>
    MissingSignature,

    /// <summary>The signature lacks the <c>v0=</c> prefix or is not 64 hex digits.</summary>
    MalformedSignature,

    /// <summary>The signature is well formed but does not match the body.</summary>
    SignatureMismatch,
}

/// <summary>
/// The outcome of verifying a Slack request. <see cref="Reason"/> is safe to log: it never holds the
/// signing secret, the expected signature or the body.
/// </summary>
/// <param name="Failure">Why the request was refused, or <see cref="SlackVerificationFailure.None"/>.</param>
/// <param name="Reason">A short explanation for logs.</param>
public sealed record SlackVerificationResult(SlackVerificationFailure Failure, string Reason)
{
    /// <summary>The result for a request that verified.</summary>
    public static SlackVerificationResult Verified { get; } = new(SlackVerificationFailure.None, "verified");

    /// <summary>Whether the request came from Slack and is fresh.</summary>
    public bool IsVerified => Failure == SlackVerificationFailure.None;
}
