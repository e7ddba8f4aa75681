using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Gets Bot Connector tokens with the client-credentials grant (<c>Teams:AppId</c>, <c>Teams:AppPassword</c>) from
/// <c>Teams:TokenEndpoint</c>, or else the Microsoft identity platform endpoint of <c>Teams:TenantId</c>, for the
/// scope <see cref="Scope"/> (or another, such as Microsoft Graph's, with <see cref="GetTokenForScopeAsync"/>). A token
/// is reused, per scope, until <see cref="RenewBefore"/> its expiry (by <see cref="TimeProvider"/>). Without an app id
/// (local mode) there is no token. The password is never logged.
/// </summary>
/// <remarks>
/// Hand-written on purpose, not <c>Azure.Identity</c>'s <c>ClientSecretCredential</c> nor MSAL's
/// <c>AcquireTokenForClient</c> (tried with Azure.Identity 1.21.0 and Microsoft.Identity.Client 4.92.0):
/// <list type="bullet">
/// <item>Both refuse a plain-http authority, loopback included ("Authority host must be a TLS protected (https)
/// endpoint"; "The authority must use HTTPS scheme"), so the tests' token endpoint on http://127.0.0.1 (and the local
/// playground's) cannot stand in for the Microsoft identity platform.</item>
/// <item>Their token caches read the system clock (MSAL's time service is internal), so "reused until 5 minutes before
/// expiry, renewed after" cannot be shown on a <see cref="TimeProvider"/> fake clock without sleeping for an hour.</item>
/// </list>
/// What this class does is small: one form POST, one cached token, renewed by <see cref="RenewBefore"/>. Revisit when
/// either library takes a TimeProvider and a loopback http authority (or when the tests move to an https fake).
/// </remarks>
public sealed class TeamsTokenClient : IConnectorTokenSource, IDisposable
{
    /// <summary>The HttpClient name used for the token endpoint.</summary>
    public const string HttpClientName = "StatusBot.Teams.Token";

    /// <summary>The scope of Bot Connector tokens.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>How long before its expiry a cached token is replaced.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpFactory;
    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamsTokenClient> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, CachedToken> _cached = new(StringComparer.Ordinal);

    /// <summary>Creates the client; nothing is requested until the first call.</summary>
    public TeamsTokenClient(IHttpClientFactory httpFactory, IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<TeamsTokenClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        (_httpFactory, _options, _time, _logger) = (httpFactory, options.Value, timeProvider, logger);
    }

    /// <summary>The token endpoint in use.</summary>
    public Uri Endpoint => _options.TokenEndpoint
        ?? new Uri($"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(_options.TenantId) ? "botframework.com" : _options.TenantId)}/oauth2/v2.0/token");

    /// <inheritdoc />
    public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken = default) =>
        GetTokenForScopeAsync(Scope, cancellationToken);

    /// <summary>The bot's own token for <paramref name="scope"/> (<c>https://graph.microsoft.com/.default</c>), or null in local mode.</summary>
    /// <exception cref="BotConnectorException">No token could be had; <see cref="BotConnectorException.RetryAfter"/> says whether trying later may help.</exception>
    public async ValueTask<string?> GetTokenForScopeAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        if (string.IsNullOrWhiteSpace(_options.AppId))
        {
            return null;
        }

        if (Fresh(scope) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed it while this one waited.
            return Fresh(scope) ?? await RequestAsync(scope, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private string? Fresh(string scope) =>
        _cached.TryGetValue(scope, out var cached) && _time.GetUtcNow() < cached.ExpiresOn - RenewBefore ? cached.Token : null;

    private async Task<string> RequestAsync(string scope, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint;
        if (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)
        {
            throw new BotConnectorException("token", "token_endpoint_not_https");
        }

        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _options.AppId!),
            new("client_secret", _options.AppPassword ?? ""),
            new("scope", scope),
        ]);
        try
        {
            using var response = await _httpFactory.CreateClient(HttpClientName).PostAsync(endpoint, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var error = ErrorCode(body) ?? "http_" + status.ToString(CultureInfo.InvariantCulture);
                Log.TokenRefused(_logger, status, error);
                // Bad credentials stay bad; a busy or broken endpoint may recover.
                throw new BotConnectorException("token", error, status is 429 or >= 500 ? TimeSpan.FromSeconds(30) : null);
            }

            using var json = JsonDocument.Parse(body);
            var token = json.RootElement.GetProperty("access_token").GetString() ?? throw new JsonException("access_token is null");
            var expiresOn = _time.GetUtcNow().AddSeconds(Seconds(json.RootElement.GetProperty("expires_in")));
            _cached[scope] = new CachedToken(token, expiresOn);
            Log.TokenAcquired(_logger, expiresOn);
            return token;
        }
        catch (HttpRequestException ex)
        {
            throw new BotConnectorException("token", "network_error", TimeSpan.FromSeconds(30), ex);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BotConnectorException("token", "invalid_token_response", TimeSpan.FromSeconds(30), ex);
        }
    }

    /// <summary>A class, not a record: a record's ToString would print the token.</summary>
    private sealed class CachedToken(string token, DateTimeOffset expiresOn)
    {
        public string Token { get; } = token;

        public DateTimeOffset ExpiresOn { get; } = expiresOn;
    }

    private static double Seconds(JsonElement expiresIn) =>
        expiresIn.ValueKind == JsonValueKind.String ? double.Parse(expiresIn.GetString()!, CultureInfo.InvariantCulture) : expiresIn.GetDouble();

    private static string? ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
