using StatusBot.Teams.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

/// <summary>A <see cref="BotConnectorClient"/> and <see cref="TeamsChatPort"/> pointed at a fresh <see cref="FakeConnectorServer"/>.</summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "app-password-never-logged";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";

    private readonly ServiceProvider _services;

    private ConnectorHarness(FakeConnectorServer server, TimeProvider time, TeamsOutboundOptions outbound)
    {
        Server = server;
        Time = time;
        var options = new TeamsOptions { AppId = AppId, AppPassword = AppPassword, TenantId = TenantId, TokenEndpoint = server.TokenEndpoint };
        options.AllowedServiceUrlHosts.Add("127.0.0.1");
        Tokens = new TeamsTokenClient(HttpClients.Factory, Options.Create(options), time, NullLogger<TeamsTokenClient>.Instance);

        // Registered as the host registers it: a typed HttpClient with the shared outbound transport and the pacer.
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddSingleton<ILogger<BotConnectorClient>>(Logger)
            .AddSingleton(Options.Create(outbound))
            .AddSingleton<IConnectorTokenSource>(Tokens)
            .AddSingleton(new ServiceUrlPolicy(Options.Create(options)))
            .AddConnectorClient()
            .BuildServiceProvider();
        Client = _services.GetRequiredService<BotConnectorClient>();
        Port = new TeamsChatPort(Client, Store);
    }

    public FakeConnectorServer Server { get; }

    public TimeProvider Time { get; }

    public TeamsTokenClient Tokens { get; }

    public BotConnectorClient Client { get; }

    public RecordingLogger<BotConnectorClient> Logger { get; } = new();

    public InMemoryTeamsConversationStore Store { get; } = new();

    public TeamsChatPort Port { get; }

    public IReadOnlyList<TimeSpan> Waits => Time is RecordingTimeProvider recording ? recording.Waits : [];

    public static async Task<ConnectorHarness> StartAsync(TimeProvider? time = null, TeamsOutboundOptions? outbound = null) =>
        new(await FakeConnectorServer.StartAsync(), time ?? new RecordingTimeProvider(), outbound ?? new TeamsOutboundOptions());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Tokens.Dispose();
        await Server.DisposeAsync();
    }
}
