using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

/// <summary>A <see cref="SlackApiClient"/> pointed at a fresh <see cref="FakeSlackServer"/>.</summary>
internal sealed class SlackClientHarness : IAsyncDisposable
{
    public const string Token = "xoxb-test-token";

    private readonly HttpClient _http;
    

    private SlackClientHarness(FakeSlackServer server, Uri apiBaseUrl, SlackOutboundOptions outbound)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = apiBaseUrl };
        // Pacing has its own tests; here a large burst keeps it out of the way.
        var pacer = new SlackChannelPacer(Options.Create(new SlackOutboundOptions { PostMessageBurst = 1000 }), new FakeTimeProvider());
        Client = new SlackApiClient(_http, Options.Create(new SlackOptions { BotToken = Token, ApiBaseUrl = apiBaseUrl }), Options.Create(outbound), pacer, Time, NullLogger<SlackApiClient>.Instance);
    }

    public FakeSlackServer Server { get; }

    public SlackApiClient Client { get; }

    public RecordingTimeProvider Time { get; } = new();

    public static async Task<SlackClientHarness> StartAsync(SlackOutboundOptions? outbound = null)
    {
        var server = await FakeSlackServer.StartAsync();
        return new SlackClientHarness(server, server.ApiBaseUrl, outbound ?? new SlackOutboundOptions());
    }

    /// <summary>A client whose base address has nothing listening, for network errors.</summary>
    public static async Task<SlackClientHarness> StartUnreachableAsync()
    {
        var server = await FakeSlackServer.StartAsync();
        var address = server.ApiBaseUrl;
        await server.DisposeAsync();
        return new SlackClientHarness(server, address, new SlackOutboundOptions { AttemptTimeout = TimeSpan.FromSeconds(2) });
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
