using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Inbound;

/// <summary>An authenticator reading keys from a fresh <see cref="FakeOpenIdServer"/> that publishes key <c>k1</c> (endorsed for msteams).</summary>
internal sealed class AuthenticatorHarness : IAsyncDisposable
{
    private AuthenticatorHarness(FakeOpenIdServer server, RsaSecurityKey key)
    {
        Server = server;
        Key = key;
        Keys = new BotSigningKeys(HttpClients.Factory, Options(server.MetadataUrl), Time, NullLogger<BotSigningKeys>.Instance);
        Authenticator = new BotFrameworkAuthenticator(Options(server.MetadataUrl), Keys, Time, NullLogger<BotFrameworkAuthenticator>.Instance);
    }

    public FakeOpenIdServer Server { get; }

    public RsaSecurityKey Key { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public BotSigningKeys Keys { get; }

    public BotFrameworkAuthenticator Authenticator { get; }

    public TestTokens Tokens => new(Time.GetUtcNow());

    public static Activity Activity(string serviceUrl = TestTokens.ServiceUrl, string channelId = "msteams") => new()
    {
        Type = "message",
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        Conversation = new ConversationAccount("a:1"),
    };

    public static async Task<AuthenticatorHarness> StartAsync()
    {
        var server = await FakeOpenIdServer.StartAsync();
        return new AuthenticatorHarness(server, server.AddKey("k1", "msteams", "webchat"));
    }

    public Task<BotAuthenticationResult> AuthenticateAsync(string token, Activity? activity = null) =>
        Authenticator.AuthenticateAsync("Bearer " + token, activity ?? Activity());

    public async ValueTask DisposeAsync()
    {
        Keys.Dispose();
        await Server.DisposeAsync();
    }

    private static IOptions<TeamsOptions> Options(Uri metadata) =>
        Microsoft.Extensions.Options.Options.Create(new TeamsOptions { AppId = TestTokens.AppId, AppPassword = "unused", OpenIdMetadataUrl = metadata });
}
