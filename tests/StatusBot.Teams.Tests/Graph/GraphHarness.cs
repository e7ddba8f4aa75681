using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Tests.Fakes;
using StatusBot.Teams.Graph;
using StatusBot.Teams.Hosting;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Teams.Tests.Outbound;

namespace StatusBot.Teams.Tests.Graph;

/// <summary><see cref="TeamsPeople"/> reading a fresh <see cref="FakeGraphServer"/> through <see cref="GraphPeople"/>, registered as the host registers them.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string Ann = "6f1a0000-0000-0000-0000-000000000001";
    public const string Bo = "6f1a0000-0000-0000-0000-0000000000b0";

    private readonly ServiceProvider _services;

    private GraphHarness(FakeGraphServer graph)
    {
        Graph = graph;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = ConnectorHarness.AppId,
            ["Teams:AppPassword"] = ConnectorHarness.AppPassword,
            ["Teams:TenantId"] = ConnectorHarness.TenantId,
            ["Teams:TokenEndpoint"] = graph.TokenEndpoint.ToString(),
            ["Teams:Graph:BaseUrl"] = graph.BaseUrl.ToString(),
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<ILogger<GraphPeople>>(Logger)
            .AddSingleton<ITeamsConversationStore>(Conversations)
            .AddSingleton(Options.Create(new TeamsOutboundOptions()))
            .AddSingleton(provider => new TeamsTokenClient(HttpClients.Factory, provider.GetRequiredService<IOptions<TeamsOptions>>(), Time, NullLogger<TeamsTokenClient>.Instance))
            .AddTeamsGraph()
            .AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).Services
            .BuildServiceProvider();
        People = new TeamsPeople(Time, Directory, directory: _services.GetRequiredService<GraphPeople>());
    }

    public FakeGraphServer Graph { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public RecordingLogger<GraphPeople> Logger { get; } = new();

    public InMemoryTeamsConversationStore Conversations { get; } = new();

    public InMemoryPeopleDirectory Directory { get; } = new();

    public TeamsPeople People { get; }

    public static WorkspaceId Workspace => WorkspaceId.ForTeams(ConnectorHarness.TenantId);

    public static async Task<GraphHarness> StartAsync() => new(await FakeGraphServer.StartAsync());

    /// <summary>StatusBot has met <paramref name="userId"/> in Teams (a team it is in listed them), with their object id.</summary>
    public Task MeetAsync(string userId, string aadObjectId) => Conversations.SaveAsync(new TeamsConversationReference(
        ChatAddress.ToUser(Workspace, userId), new Uri("https://smba.trafficmanager.net/emea/"), null, "personal", ConnectorHarness.TenantId, userId, aadObjectId,
        "28:" + ConnectorHarness.AppId));

    /// <summary>An activity from <paramref name="userId"/> (named <paramref name="name"/>, in <paramref name="zone"/>), then the background fill it started.</summary>
    public async Task ActAsync(string userId, string aadObjectId, string name = "Ann Example", string? zone = "Europe/Berlin", WorkspaceId? workspace = null)
    {
        await People.FillAsync(new ChatActor(workspace ?? Workspace, userId) { TimeZone = zone }, name, aadObjectId);
        await People.WhenIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        People.Dispose();
        await _services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
