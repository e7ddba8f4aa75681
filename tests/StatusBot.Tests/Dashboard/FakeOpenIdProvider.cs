using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Tests.Dashboard;

/// <summary>
/// A real OpenID provider on 127.0.0.1, as much of one as the authorization code flow needs: discovery, JWKS, an
/// authorize endpoint that approves at once as <see cref="NextUser"/>, and a token endpoint that checks the client's
/// secret, the code and the redirect URI, and answers an RS256-signed id token carrying the nonce it was given.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "dashboard-client";
    public const string ClientSecret = "dashboard-secret-0123456789";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string RedirectUri, string? Nonce, IReadOnlyDictionary<string, object> Claims)> _codes = new();
    private readonly WebApplication _app;

    private FakeOpenIdProvider(WebApplication app) => _app = app;

    /// <summary>Its issuer and authority: <c>http://127.0.0.1:&lt;port&gt;</c>.</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>The claims (besides iss, aud, nonce, iat, exp) of the next person to sign in.</summary>
    public IReadOnlyDictionary<string, object> NextUser { get; set; } = new Dictionary<string, object>();

    /// <summary>When true, id tokens carry a nonce other than the one the client sent (a replayed token).</summary>
    public bool WrongNonce { get; set; }

    /// <summary>How many id tokens it issued.</summary>
    public int TokensIssued => _tokens;

    private int _tokens;

    /// <summary>A Slack person of <paramref name="teamId"/>, as Sign in with Slack's id token names them.</summary>
    /// <summary>An Entra person of <paramref name="tenantId"/> in <paramref name="groups"/>.</summary>
    public static Dictionary<string, object> EntraUser(string tenantId, string objectId, string name, params string[] groups) => new()
    {
        ["sub"] = "pairwise-" + objectId,
        ["tid"] = tenantId,
        ["oid"] = objectId,
        ["name"] = name,
        ["groups"] = groups,
    };

    public static Dictionary<string, object> SlackUser(string teamId, string userId, string name) => new()
    {
        ["sub"] = userId,
        ["https://slack.com/team_id"] = teamId,
        ["https://slack.com/user_id"] = userId,
        ["name"] = name,
        ["email"] = $"{userId.ToLowerInvariant()}@example.com",
    };

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Content(provider.Discovery().ToJsonString(), "application/json"));
        app.MapGet("/keys", () => Results.Content(provider.Keys().ToJsonString(), "application/json"));
        app.MapGet("/authorize", (HttpRequest request) => provider.Authorize(request.HttpContext));
        app.MapPost("/token", (HttpRequest request) => provider.TokenAsync(request.HttpContext));
        await app.StartAsync();
        provider.Authority = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'));
        return provider;
    }

    private string Issuer => Authority.ToString().TrimEnd('/');

    private JsonObject Discovery() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["jwks_uri"] = Issuer + "/keys",
        ["response_types_supported"] = new JsonArray("code"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email"),
    };

    private JsonObject Keys()
    {
        var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = "fake-key" });
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = key.Kid, ["n"] = key.N, ["e"] = key.E }),
        };
    }

    private IResult Authorize(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || string.IsNullOrEmpty(query["redirect_uri"]))
        {
            return Results.BadRequest("unknown client or response type");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (query["redirect_uri"]!, query["nonce"], NextUser);
        return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"]!)}");
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"])
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        var claims = new Dictionary<string, object>(grant.Claims);
        if (grant.Nonce is not null)
        {
            claims["nonce"] = WrongNonce ? "not-" + grant.Nonce : grant.Nonce;
        }

        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "fake-key" }, SecurityAlgorithms.RsaSha256),
        });
        Interlocked.Increment(ref _tokens);
        return Results.Json(new { access_token = "fake-access-token", token_type = "Bearer", expires_in = 600, id_token = idToken });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
