using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> JWT that the Bot Connector sends with every activity (PROTOCOLS.md):
/// RS256 only, issuer <c>https://api.botframework.com</c>, audience <c>Teams:AppId</c>, lifetime with 5 minutes
/// of clock skew, a signature by a published key that is endorsed for the activity's channel, and a
/// <c>serviceurl</c> claim equal to the activity's serviceUrl. Never throws for a bad token.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    /// <summary>The issuer of Bot Connector tokens.</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The clock skew allowed on the token's lifetime.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly string? _appId;
    private readonly BotSigningKeys _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    /// <summary>Creates the authenticator for the configured app id.</summary>
    public BotFrameworkAuthenticator(IOptions<TeamsOptions> options, BotSigningKeys keys, TimeProvider timeProvider, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        (_appId, _keys, _time, _logger) = (options.Value.AppId, keys, timeProvider, logger);
    }

    /// <summary>Authenticates a request carrying <paramref name="activity"/>.</summary>
    /// <param name="authorization">The <c>Authorization</c> header value, or null.</param>
    /// <param name="activity">The activity the request carries (its serviceUrl and channelId are checked).</param>
    /// <param name="cancellationToken">Cancels fetching keys.</param>
    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await CheckAsync(authorization, activity, cancellationToken);
        if (!result.IsAuthenticated)
        {
            Log.Refused(_logger, result.Failure.ToString(), result.Reason);
        }

        return result;
    }

    private async Task<BotAuthenticationResult> CheckAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_appId))
        {
            return Fail(BotAuthenticationFailure.AppIdNotConfigured, "Teams:AppId is not set; no Bot Connector token can be checked");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            return Fail(BotAuthenticationFailure.MissingToken, "no Authorization: Bearer header");
        }

        var token = authorization[7..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Fail(BotAuthenticationFailure.MalformedToken, "the bearer value is not a JWT");
        }

        if (jwt.Alg != SecurityAlgorithms.RsaSha256)
        {
            return Fail(BotAuthenticationFailure.DisallowedAlgorithm, $"alg '{jwt.Alg}' is not RS256");
        }

        if (string.IsNullOrEmpty(jwt.Kid) || await _keys.FindAsync(jwt.Kid, cancellationToken) is not { } key)
        {
            return !_keys.HasKeys
                ? Fail(BotAuthenticationFailure.KeysUnavailable, "the Bot Framework signing keys could not be fetched")
                : Fail(BotAuthenticationFailure.UnknownSigningKey, $"no published signing key has kid '{jwt.Kid}'");
        }

        var validated = await _handler.ValidateTokenAsync(token, Parameters(key));
        if (!validated.IsValid)
        {
            return Refusal(validated.Exception);
        }

        if (Lifetime(jwt) is { } lifetime)
        {
            return lifetime;
        }

        var serviceUrl = validated.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            return Fail(BotAuthenticationFailure.ServiceUrlMismatch, "the serviceurl claim does not match the activity's serviceUrl");
        }

        return string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)
            ? Fail(BotAuthenticationFailure.ChannelNotEndorsed, $"the signing key is not endorsed for channel '{activity.ChannelId}'")
            : BotAuthenticationResult.Authenticated;
    }

    private TokenValidationParameters Parameters(BotSigningKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = _appId,
        IssuerSigningKey = key.Key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        // Lifetime is checked against TimeProvider below: the library's own check reads the system clock.
        ValidateLifetime = false,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
    };

    private BotAuthenticationResult? Lifetime(JsonWebToken jwt)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return Fail(BotAuthenticationFailure.InvalidToken, "the token has no expiry");
        }

        if (jwt.ValidTo + ClockSkew < now)
        {
            return Fail(BotAuthenticationFailure.Expired, "the token has expired");
        }

        return jwt.ValidFrom != DateTime.MinValue && jwt.ValidFrom - ClockSkew > now
            ? Fail(BotAuthenticationFailure.NotYetValid, "the token is not valid yet")
            : null;
    }

    private static bool SameServiceUrl(string claim, string? activity) =>
        activity is not null && string.Equals(claim.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static BotAuthenticationResult Refusal(Exception? error) => error switch
    {
        SecurityTokenInvalidAudienceException => Fail(BotAuthenticationFailure.WrongAudience, "the audience is not this bot's app id"),
        SecurityTokenInvalidIssuerException => Fail(BotAuthenticationFailure.WrongIssuer, "the issuer is not " + Issuer),
        SecurityTokenExpiredException => Fail(BotAuthenticationFailure.Expired, "the token has expired"),
        SecurityTokenNotYetValidException => Fail(BotAuthenticationFailure.NotYetValid, "the token is not valid yet"),
        SecurityTokenInvalidAlgorithmException => Fail(BotAuthenticationFailure.DisallowedAlgorithm, "the algorithm is not RS256"),
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => Fail(BotAuthenticationFailure.InvalidSignature, "the signature does not verify"),
        _ => Fail(BotAuthenticationFailure.InvalidToken, "the token is invalid: " + (error?.GetType().Name ?? "unknown")),
    };

    private static BotAuthenticationResult Fail(BotAuthenticationFailure failure, string reason) => new(failure, reason);
}
