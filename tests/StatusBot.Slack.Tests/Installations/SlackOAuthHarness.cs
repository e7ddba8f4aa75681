using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Slack.Tests.Outbound;

namespace StatusBot.Slack.Tests.Installations;

/// <summary>An OAuth client and a token source over a fresh <see cref="FakeSlackServer"/> and an in-memory store.</summary>
internal sealed class SlackOAuthHarness : IAsyncDisposable
{
    public const string ClientId = "111.222";
    public const string ClientSecret = "s3cret";

    private readonly HttpClient _http;

    private SlackOAuthHarness(FakeSlackServer server)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = server.ApiBaseUrl };
        var options = Options.Create(new SlackOptions { ClientId = ClientId, ClientSecret = ClientSecret, ApiBaseUrl = server.ApiBaseUrl });
        OAuth = new SlackOAuthClient(_http, options, Time);
        Tokens = new InstalledSlackTokens(Store, OAuth, Time, new RecordingLogger<InstalledSlackTokens>());
    }

    public FakeSlackServer Server { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public InMemorySlackInstallationStore Store { get; } = new();

    public SlackOAuthClient OAuth { get; }

    public InstalledSlackTokens Tokens { get; }

    public static async Task<SlackOAuthHarness> StartAsync() => new(await FakeSlackServer.StartAsync());

    /// <summary>Installs into <paramref name="teamId"/> through the fake, the way the callback does, and stores it.</summary>
    public async Task<SlackInstallation> InstallAsync(string teamId)
    {
        var code = "code-" + Guid.NewGuid().ToString("N");
        Server.InstallCodes[code] = (teamId, "Team " + teamId);
        var installation = await OAuth.ExchangeCodeAsync(code, new Uri("https://bot.example/slack/oauth/callback"));
        await Store.SaveAsync(installation);
        return installation;
    }

    public async ValueTask DisposeAsync()
    {
        Tokens.Dispose();
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
