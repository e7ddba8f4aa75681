using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Core.People;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Teams;

/// <summary>Through the whole host, a fake Bot Connector and a fake Microsoft Graph: people Teams and Graph tell StatusBot about.</summary>
public sealed class TeamsPeopleJourneyTests : IAsyncLifetime, IDisposable
{
    private const string Ann = "6f1a0000-0000-0000-0000-000000000001";
    private const string Bo = "6f1a0000-0000-0000-0000-0000000000b0";
    private const string ProjectChannel = "19:project@thread.tacv2";
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-" + TeamsWire.Tenant);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)); // Monday
    private FakeOpenIdServer _keys = null!;
    private FakeConnectorServer _connector = null!;
    private FakeGraphServer _graph = null!;
    private StatusBotFactory _factory = null!;
    private TeamsHost _host = null!;

    public async Task InitializeAsync()
    {
        _keys = await FakeOpenIdServer.StartAsync();
        var key = _keys.AddKey("k1", "msteams");
        _connector = await FakeConnectorServer.StartAsync();
        _graph = await FakeGraphServer.StartAsync();
        var settings = TeamsWire.HostSettings(_keys, _connector);
        settings["Teams:Graph:BaseUrl"] = _graph.BaseUrl.ToString();
        _factory = new StatusBotFactory(settings);
        var host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _host = new TeamsHost(host.Services, new TeamsWire(host.CreateClient(), key, _connector.ServiceUrl), key, _connector.ServiceUrl, _clock);
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_silent_owner_is_escalated_to_the_manager_graph_names_with_real_mentions_and_the_title_still_escaped()
    {
        _graph.AddUser(Ann, "Ann Example", "ann@contoso.com", manager: Bo);
        _graph.AddUser(Bo, "Bo Boss", "bo@contoso.com");
        // StatusBot joins the project channel, where Bo is a member; then Ann writes to it.
        await _host.PostAsync(_host.Wire.InChannel("conversationUpdate", ProjectChannel, a => a["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = TeamsWire.Bot }, new JsonObject { ["id"] = "29:bo", ["name"] = "Bo Boss", ["aadObjectId"] = Bo })));
        await _host.PostAsync(_host.Wire.Personal("message", a => { a["text"] = "help"; a["from"]!["aadObjectId"] = Ann; }));
        await _host.Services.GetRequiredService<TeamsPeople>().WhenIdleAsync();

        var owner = (await _host.Services.GetRequiredService<IPeopleDirectory>().GetAsync(Workspace, TeamsWire.Owner))!;
        Assert.Equal(("Ann Example", "ann@contoso.com", "29:bo"), (owner.DisplayName, owner.Email, owner.Manager));
        Assert.All(_graph.Calls, call => Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal));

        await _host.Services.GetRequiredService<CommitmentService>().CreateAsync(Workspace,
            new CommitmentInput("Export <at>Bo Boss</at> API", "Acme", "2026-11-27", "Europe/Berlin", TeamsWire.Owner, ProjectChannel, "19:acme@thread.tacv2"), TeamsWire.Owner);
        for (var at = _clock.GetUtcNow(); at < new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero); at = at.AddMinutes(30))
        {
            await _host.RunAtAsync(at);
        }

        Assert.Contains(_connector.Delivered, c => c.Path == "/emea/v3/conversations" && c.Json!["members"]![0]!["id"]!.GetValue<string>() == "29:bo");
        var toManager = _connector.Delivered.Where(c => c.Path == "/emea/v3/conversations/a:dm-29:bo/activities").ToList();
        Assert.NotEmpty(toManager);
        Assert.Contains("who reports to you, has not answered", Card(toManager[0])["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<at>Ann Example</at>, who reports to you", Text(toManager[0]), StringComparison.Ordinal);
        Assert.Equal(["29:owner"], Mentioned(toManager[0]));

        var toChannel = _connector.Delivered.First(c => c.Path == $"/emea/v3/conversations/{ProjectChannel}/activities" && Text(c).Contains("has not answered", StringComparison.Ordinal));
        Assert.StartsWith("<at>Ann Example</at> has not answered", Text(toChannel), StringComparison.Ordinal);
        Assert.Contains("Manager: <at>Bo Boss</at>.", Text(toChannel), StringComparison.Ordinal);
        Assert.Contains("Export \\<at\\>Bo Boss\\</at\\> API", Text(toChannel), StringComparison.Ordinal);
        Assert.Equal(["29:owner", "29:bo"], Mentioned(toChannel));
    }

    private static string Text(FakeConnectorCall call) => Card(call)["body"]![0]!["text"]!.GetValue<string>();

    private static IEnumerable<string> Mentioned(FakeConnectorCall call) =>
        Card(call)["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>());

    [Fact]
    public async Task The_commitment_card_offers_a_people_picker_for_the_approver_and_a_picked_person_becomes_their_teams_id()
    {
        await _host.PostAsync(_host.Wire.InChannel("conversationUpdate", ProjectChannel, a => a["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = TeamsWire.Bot }, new JsonObject { ["id"] = "29:bo", ["name"] = "Bo Boss", ["aadObjectId"] = Bo })));

        await _host.PostAsync(_host.Wire.Personal("message", a => a["text"] = "commit"));

        var form = Card(_connector.Delivered[^1]);
        var picker = form["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "approver")!;
        Assert.Equal(("Input.ChoiceSet", "graph.microsoft.com/users", "Input.Text"),
            (picker["type"]!.GetValue<string>(), picker["choices.data"]!["dataset"]!.GetValue<string>(), picker["fallback"]!["type"]!.GetValue<string>()));

        await _host.PostAsync(_host.Wire.Execute("commit.create", "", ("title", "Export API"), ("customer", "Acme"), ("dueDate", "2026-12-18"),
            ("customerDestination", "19:acme@thread.tacv2"), ("channel", ProjectChannel), ("timeZone", "Europe/Berlin"), ("approver", Bo)));

        var commitment = Assert.Single(await _host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace));
        Assert.Equal("29:bo", commitment.Approver);
    }

    private static JsonObject Card(FakeConnectorCall call) => call.Json!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>The host with the test's clock: activities signed at its time, due work run at a time.</summary>
    private sealed class TeamsHost(IServiceProvider services, TeamsWire wire, Microsoft.IdentityModel.Tokens.SecurityKey key, Uri serviceUrl, FakeTimeProvider clock)
    {
        public IServiceProvider Services { get; } = services;

        public TeamsWire Wire { get; } = wire;

        public async Task PostAsync(JsonObject activity)
        {
            using var response = await Wire.PostAsync(activity, new TestTokens(clock.GetUtcNow()).Create(key, serviceUrl: serviceUrl.ToString()));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        public async Task RunAtAsync(DateTimeOffset at)
        {
            clock.Advance(at - clock.GetUtcNow());
            await Services.GetRequiredService<DueWorkRunner>().RunDueAsync("host-a");
        }
    }
}
