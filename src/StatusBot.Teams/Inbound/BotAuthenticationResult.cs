namespace StatusBot.Teams.Inbound;

/// <summary>Why a Bot Connector request was refused, or <see cref="None"/> when it authenticated.</summary>
public enum BotAuthenticationFailure
{
    /// <summary>The request authenticated.</summary>
    None,

    /// <summary><c>Teams:AppId</c> is unset, so no token can be checked (local mode: the host decides, loopback only).</summary>
    AppIdNotConfigured,

    /// <summary>No <c>Authorization: Bearer</c> header.</summary>
    MissingToken,

    /// <summary>The bearer value is not a readable JWT.</summary>
    MalformedToken,

    /// <summary>The token is not signed with RS256 (for example <c>alg: none</c> or HS256).</summary>
    DisallowedAlgorithm,

    /// <summary>No published key has the token's key id, even after fetching the keys again.</summary>
    UnknownSigningKey,

    /// <summary>The signing keys could not be fetched.</summary>
    KeysUnavailable,

    /// <summary>The signature does not verify with the named key.</summary>
    InvalidSignature,

    /// <summary>The issuer is not <c>https://api.botframework.com</c>.</summary>
    WrongIssuer,

    /// <summary>The audience is not this bot's app id.</summary>
    WrongAudience,

    /// <summary>The token expired (beyond the 5 minute clock skew).</summary>
    Expired,

    /// <summary>The token is not valid yet (beyond the 5 minute clock skew).</summary>
    NotYetValid,

    /// <summary>The token's <c>serviceurl</c> claim differs from the activity's serviceUrl.</summary>
    ServiceUrlMismatch,

    /// <summary>The signing key is not endorsed for the activity's channel.</summary>
    ChannelNotEndorsed,

    /// <summary>Any other reason the token was refused.</summary>
    InvalidToken,
}

/// <summary>
/// The outcome of authenticating a Bot Connector request. <see cref="Reason"/> is safe to log: it never holds
/// the token or a key.
/// </summary>
/// <param name="Failure">Why the request was refused, or <see cref="BotAuthenticationFailure.None"/>.</param>
/// <param name="Reason">A short explanation for logs.</param>
public sealed record BotAuthenticationResult(BotAuthenticationFailure Failure, string Reason)
{
    /// <summary>The result for a request that authenticated.</summary>
    public static BotAuthenticationResult Authenticated { get; } = new(BotAuthenticationFailure.None, "authenticated");

    /// <summary>Whether the request came from the Bot Connector for this bot and channel.</summary>
    public bool IsAuthenticated => Failure == BotAuthenticationFailure.None;
}
