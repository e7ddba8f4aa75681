using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>Bot Connector style tokens for the authenticator's tests, good unless a test says otherwise.</summary>
internal sealed record TestTokens(DateTimeOffset Now)
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Issuer = "https://api.botframework.com";

    public string Create(SecurityKey key, string algorithm = SecurityAlgorithms.RsaSha256, string issuer = Issuer, string audience = AppId,
        string? serviceUrl = ServiceUrl, TimeSpan? notBefore = null, TimeSpan? expires = null)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = (Now + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            IssuedAt = (Now + (notBefore ?? TimeSpan.FromMinutes(-5))).UtcDateTime,
            Expires = (Now + (expires ?? TimeSpan.FromHours(1))).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) naming <paramref name="kid"/>, otherwise valid.</summary>
    public string Unsigned(string kid)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = Now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = Now.AddHours(1).ToUnixTimeSeconds(),
        };
        return Encode(header) + "." + Encode(payload) + ".";
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
