using Microsoft.Extensions.Options;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

/// <summary>A <see cref="SlackApiClient"/> pointed at a fresh <see cref="FakeSlackServer"/>.</summary>
internal sealed class SlackClientHarness : IAsyncDisposable
{
    public const string Token = "xoxb-test-token";

    /// <summary>The workspace every call names (the single-workspace token serves any).</summary>
    public const string Team = "T1";

    private readonly HttpClient _http;

    private SlackClientHarness(FakeSlackServer server, Uri apiBaseUrl, SlackOutboundOptions outbound)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = apiBaseUrl };
        var options = Options.Create(outbound);
        Client = new SlackApiClient(_http, new ConfiguredSlackToken(Options.Create(new SlackOptions { BotToken = Token, ApiBaseUrl = apiBaseUrl })), options, new SlackChannelPacer(options, Time), Time, Logger);
    }

    public FakeSlackServer Server { get; }

    public SlackApiClient Client { get; }

    public RecordingTimeProvider Time { get; } = new();

    public RecordingLogger<SlackApiClient> Logger { get; } = new();

    /// <summary>Starts a fake; pacing is out of the way (a burst of 1000) unless <paramref name="outbound"/> says otherwise.</summary>
    public static async Task<SlackClientHarness> StartAsync(SlackOutboundOptions? outbound = null)
    {
        var server = await FakeSlackServer.StartAsync();
        return new SlackClientHarness(server, server.ApiBaseUrl, outbound ?? new SlackOutboundOptions { PostMessageBurst = 1000 });
    }

    /// <summary>A client whose base address has nothing listening, for network errors.</summary>
    public static async Task<SlackClientHarness> StartUnreachableAsync()
    {
        var server = await FakeSlackServer.StartAsync();
        var address = server.ApiBaseUrl;
        await server.DisposeAsync();
        return new SlackClientHarness(server, address, new SlackOutboundOptions { AttemptTimeout = TimeSpan.FromSeconds(2), PostMessageBurst = 1000 });
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
