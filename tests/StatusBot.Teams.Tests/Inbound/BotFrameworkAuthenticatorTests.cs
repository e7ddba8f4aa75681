using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class BotFrameworkAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_ValidToken_Accepted()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key));

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, audience: "99999999-2222-3333-4444-555555555555"));

        Assert.Equal(BotAuthenticationFailure.WrongAudience, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, issuer: "https://sts.windows.net/evil/"));

        Assert.Equal(BotAuthenticationFailure.WrongIssuer, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, notBefore: TimeSpan.FromHours(-2), expires: TimeSpan.FromMinutes(-6)));

        Assert.Equal(BotAuthenticationFailure.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Accepted()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, notBefore: TimeSpan.FromHours(-2), expires: TimeSpan.FromMinutes(-4)));

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiresLaterOnTheFakeClock_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        var token = auth.Tokens.Create(auth.Key, expires: TimeSpan.FromMinutes(10));

        auth.Time.Advance(TimeSpan.FromMinutes(16));
        var result = await auth.AuthenticateAsync(token);

        Assert.Equal(BotAuthenticationFailure.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, notBefore: TimeSpan.FromMinutes(10)));

        Assert.Equal(BotAuthenticationFailure.NotYetValid, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByAnotherKeyWithKnownKid_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        using var other = RSA.Create(2048);

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(new RsaSecurityKey(other) { KeyId = "k1" }));

        Assert.Equal(BotAuthenticationFailure.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidStillUnknownAfterRefresh_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        using var other = RSA.Create(2048);
        Assert.True((await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key))).IsAuthenticated);

        auth.Time.Advance(BotSigningKeys.MinimumRefreshInterval);
        var result = await auth.AuthenticateAsync(auth.Tokens.Create(new RsaSecurityKey(other) { KeyId = "k-unknown" }));

        Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, result.Failure);
        Assert.Equal(2, auth.Server.KeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidsInARow_RefreshAtMostOncePerInterval()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        using var other = RSA.Create(2048);
        var forged = auth.Tokens.Create(new RsaSecurityKey(other) { KeyId = "k-unknown" });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(BotAuthenticationFailure.UnknownSigningKey, (await auth.AuthenticateAsync(forged)).Failure);
        }

        Assert.Equal(1, auth.Server.KeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedIn_RefreshesAndAccepts()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        Assert.True((await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key))).IsAuthenticated);

        var rotated = auth.Server.AddKey("k2", "msteams");
        auth.Time.Advance(BotSigningKeys.MinimumRefreshInterval);
        var result = await auth.AuthenticateAsync(auth.Tokens.Create(rotated));

        Assert.True(result.IsAuthenticated, result.Reason);
        Assert.Equal(2, auth.Server.KeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Unsigned("k1"));

        Assert.Equal(BotAuthenticationFailure.DisallowedAlgorithm, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        var symmetric = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a shared secret that is long enough for HS256!")) { KeyId = "k1" };

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(symmetric, SecurityAlgorithms.HmacSha256));

        Assert.Equal(BotAuthenticationFailure.DisallowedAlgorithm, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key), AuthenticatorHarness.Activity(serviceUrl: "https://evil.example/"));

        Assert.Equal(BotAuthenticationFailure.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(auth.Key, serviceUrl: null));

        Assert.Equal(BotAuthenticationFailure.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Refused()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        var skypeOnly = auth.Server.AddKey("k-skype", "skype");

        var result = await auth.AuthenticateAsync(auth.Tokens.Create(skypeOnly));

        Assert.Equal(BotAuthenticationFailure.ChannelNotEndorsed, result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task AuthenticateAsync_MissingBearerHeader_Refused(string? header)
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.Authenticator.AuthenticateAsync(header, AuthenticatorHarness.Activity());

        Assert.Equal(BotAuthenticationFailure.MissingToken, result.Failure);
        Assert.Equal(0, auth.Server.KeyFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_GarbageToken_RefusedAsMalformed()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();

        var result = await auth.AuthenticateAsync("not.a-jwt");

        Assert.Equal(BotAuthenticationFailure.MalformedToken, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppId_RefusedAsNotConfigured()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        var options = Options.Create(new TeamsOptions { OpenIdMetadataUrl = auth.Server.MetadataUrl });
        var authenticator = new BotFrameworkAuthenticator(options, auth.Keys, auth.Time, NullLogger<BotFrameworkAuthenticator>.Instance);

        var result = await authenticator.AuthenticateAsync("Bearer " + auth.Tokens.Create(auth.Key), AuthenticatorHarness.Activity());

        Assert.Equal(BotAuthenticationFailure.AppIdNotConfigured, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataOverPlainHttpOnAnotherHost_RefusedAsKeysUnavailable()
    {
        await using var auth = await AuthenticatorHarness.StartAsync();
        var options = Options.Create(new TeamsOptions { AppId = TestTokens.AppId, OpenIdMetadataUrl = new Uri("http://keys.example.invalid/v1/.well-known/openidconfiguration") });
        using var keys = new BotSigningKeys(HttpClients.Factory, options, auth.Time, NullLogger<BotSigningKeys>.Instance);
        var authenticator = new BotFrameworkAuthenticator(options, keys, auth.Time, NullLogger<BotFrameworkAuthenticator>.Instance);

        var result = await authenticator.AuthenticateAsync("Bearer " + auth.Tokens.Create(auth.Key), AuthenticatorHarness.Activity());

        Assert.Equal(BotAuthenticationFailure.KeysUnavailable, result.Failure);
    }
}
