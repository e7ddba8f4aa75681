using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// The keys that sign Bot Framework tokens, with their endorsements (the channels each key may speak for),
/// read from <c>Teams:OpenIdMetadataUrl</c> and its <c>jwks_uri</c>. Cached for a day; fetched again early
/// when a token names an unknown key id, but at most once per <see cref="MinimumRefreshInterval"/>, so a
/// stream of forged key ids cannot hammer the metadata server. All time comes from <see cref="TimeProvider"/>.
/// (Microsoft.IdentityModel's ConfigurationManager reads the system clock and drops <c>endorsements</c>.)
/// </summary>
public sealed class BotSigningKeys : IDisposable
{
    /// <summary>The HttpClient name used for the metadata and key documents.</summary>
    public const string HttpClientName = "StatusBot.Teams.OpenId";

    /// <summary>How long fetched keys are used before they are fetched again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);

    /// <summary>The shortest time between two fetches, however many unknown key ids arrive.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpFactory;
    private readonly Uri _metadataUrl;
    private readonly TimeProvider _time;
    private readonly ILogger<BotSigningKeys> _logger;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    // One reference, swapped whole, so readers outside the lock never see keys and time from different fetches.
    private volatile KeySnapshot? _snapshot;

    /// <summary>Creates the cache; nothing is fetched until the first token arrives.</summary>
    public BotSigningKeys(IHttpClientFactory httpFactory, IOptions<TeamsOptions> options, TimeProvider timeProvider, ILogger<BotSigningKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(httpFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        (_httpFactory, _metadataUrl, _time, _logger) = (httpFactory, options.Value.OpenIdMetadataUrl, timeProvider, logger);
    }

    /// <summary>The key with id <paramref name="keyId"/>, fetching the keys first when needed; null when unknown or unavailable.</summary>
    public async Task<BotSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        if (!IsStale() && _snapshot!.Keys.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched while this one waited.
            BotSigningKey? key = null;
            var known = _snapshot?.Keys.TryGetValue(keyId, out key) == true;
            if (IsStale() || (!known && MayRefreshEarly()))
            {
                await FetchAsync(cancellationToken);
                _snapshot?.Keys.TryGetValue(keyId, out key);
            }

            return key;
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>True once keys have been fetched; false while the key server has never answered.</summary>
    public bool HasKeys => _snapshot?.Keys.Count > 0;

    /// <inheritdoc />
    public void Dispose() => _fetch.Dispose();

    private bool IsStale() => _snapshot is not { } s || _time.GetUtcNow() - s.FetchedAt >= RefreshInterval;

    private bool MayRefreshEarly() => _snapshot is not { } s || _time.GetUtcNow() - s.FetchedAt >= MinimumRefreshInterval;

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        // Counted as an attempt even when it fails, so an unreachable server is not asked on every request.
        var now = _time.GetUtcNow();
        _snapshot = new KeySnapshot(_snapshot?.Keys ?? new Dictionary<string, BotSigningKey>(StringComparer.Ordinal), now);
        try
        {
            var metadata = OpenIdConnectConfiguration.Create(await GetAsync(_metadataUrl, cancellationToken));
            if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out var jwksUri))
            {
                throw new InvalidOperationException("the OpenID metadata has no absolute jwks_uri");
            }

            var keys = Parse(await GetAsync(jwksUri, cancellationToken));
            _snapshot = new KeySnapshot(keys, now);
            Log.KeysFetched(_logger, keys.Count, jwksUri);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Keep the keys we had: a failed refresh must not lock everyone out.
            Log.KeysUnavailable(_logger, _metadataUrl, ex.Message);
        }
    }

    private Task<string> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        // Plain http only for a local key server in tests; everywhere else the retriever insists on https.
        var retriever = new HttpDocumentRetriever(_httpFactory.CreateClient(HttpClientName)) { RequireHttps = !address.IsLoopback };
        return retriever.GetDocumentAsync(address.ToString(), cancellationToken);
    }

    private static Dictionary<string, BotSigningKey> Parse(string jwks)
    {
        var keys = new Dictionary<string, BotSigningKey>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("the key set has no keys array");
        }

        foreach (var element in array.EnumerateArray())
        {
            var key = JsonWebKey.Create(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            var endorsements = element.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : [];
            keys[key.Kid] = new BotSigningKey(key, endorsements);
        }

        return keys;
    }
}

/// <summary>The keys of one fetch and when it was made.</summary>
internal sealed record KeySnapshot(IReadOnlyDictionary<string, BotSigningKey> Keys, DateTimeOffset FetchedAt);

/// <summary>A signing key and the channels it is endorsed for (<c>msteams</c>, ...).</summary>
/// <param name="Key">The public key.</param>
/// <param name="Endorsements">The channel ids the key may sign for.</param>
public sealed record BotSigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);
