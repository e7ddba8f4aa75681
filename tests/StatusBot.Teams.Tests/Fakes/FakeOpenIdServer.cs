using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// The Bot Framework's OpenID metadata and key set, served on loopback with the test's own RSA keys (each with
/// its endorsements). Keys can be added later, to rotate them; fetches are counted.
/// </summary>
internal sealed class FakeOpenIdServer : IAsyncDisposable
{
    private readonly List<(string Kid, RSA Rsa, string[] Endorsements)> _keys = [];
    private readonly Lock _lock = new();
    private LoopbackServer _server = null!;
    private int _keyFetches;

    public Uri MetadataUrl => new(_server.BaseAddress, "v1/.well-known/openidconfiguration");

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var fake = new FakeOpenIdServer();
        fake._server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    /// <summary>Publishes a new key endorsed for <paramref name="endorsements"/>; returns it for signing.</summary>
    public RsaSecurityKey AddKey(string kid, params string[] endorsements)
    {
        var rsa = RSA.Create(2048);
        lock (_lock)
        {
            _keys.Add((kid, rsa, endorsements));
        }

        return new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        foreach (var key in _keys)
        {
            key.Rsa.Dispose();
        }
    }

    private Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        context.Response.ContentType = "application/json";
        if (path == "/v1/.well-known/openidconfiguration")
        {
            var metadata = new JsonObject
            {
                ["issuer"] = "https://api.botframework.com",
                ["jwks_uri"] = new Uri(_server.BaseAddress, "v1/.well-known/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            };
            return context.Response.WriteAsync(metadata.ToJsonString());
        }

        if (path == "/v1/.well-known/keys")
        {
            Interlocked.Increment(ref _keyFetches);
            return context.Response.WriteAsync(new JsonObject { ["keys"] = Keys() }.ToJsonString());
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private JsonArray Keys()
    {
        var keys = new JsonArray();
        lock (_lock)
        {
            foreach (var (kid, rsa, endorsements) in _keys)
            {
                var parameters = rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
                });
            }
        }

        return keys;
    }
}
