using StatusBot.Slack.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

/// <summary>
/// A <see cref="SlackApiClient"/> pointed at a fresh <see cref="FakeSlackServer"/>, registered as the host registers it:
/// a typed HttpClient with the shared outbound transport and the channel pacer, on <see cref="Time"/>.
/// </summary>
internal sealed class SlackClientHarness : IAsyncDisposable
{
    public const string Token = "xoxb-test-token";

    /// <summary>The workspace every call names (the single-workspace token serves any).</summary>
    public const string Team = "T1";

    private readonly ServiceProvider _services;

    private SlackClientHarness(FakeSlackServer server, Uri apiBaseUrl, SlackOutboundOptions outbound)
    {
        Server = server;
        var slack = Options.Create(new SlackOptions { BotToken = Token, ApiBaseUrl = apiBaseUrl });
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ILogger<SlackApiClient>>(Logger)
            .AddSingleton(slack)
            .AddSingleton(Options.Create(outbound))
            .AddSingleton<ISlackTokenSource>(new ConfiguredSlackToken(slack));
        _services = services.AddSlackApiClients().BuildServiceProvider();
        Client = _services.GetRequiredService<SlackApiClient>();
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
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
