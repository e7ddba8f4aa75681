using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests;
using StatusBot.Teams.Inbound;

namespace StatusBot.Tests.Dashboard;

/// <summary>
/// Trends and People read each commitment's kept facts instead of every history: the numbers must be the ones every
/// history gives, whichever host wrote the events, after later changes, and for a workspace whose facts are not kept yet.
/// </summary>
public sealed class DashboardInsightsTests
{
    private static Dictionary<string, string?> OnAzurite() => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = Azurite.ConnectionString,
        ["Scheduler:Enabled"] = "false",
    };

    [Fact]
    public async Task Trends_and_people_equal_the_numbers_of_every_history_with_events_written_by_two_hosts()
    {
        using var a = new DashboardHost(null, OnAzurite());
        using var b = new DashboardHost(null, OnAzurite());
        var workspace = WorkspaceId.ForSlack("T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await (i % 2 == 0 ? a : b).CreateAsync(workspace.ToString(), "Promise " + i, channel: "C" + (i % 2), owner: "U" + (i % 3)));
        }

        await AnswerAsync(b, workspace, ids[0], "OnTrack");
        await a.PatchAsync(workspace.ToString(), ids[0], """{"status":"delivered"}""");
        await AnswerAsync(a, workspace, ids[1], "OnTrack");
        await b.PatchAsync(workspace.ToString(), ids[1], """{"dueDate":"2027-06-30"}""");
        await AnswerAsync(b, workspace, ids[2], "AtRisk");
        await AssertSameAsTheHistoriesAsync(a, workspace);
        await AssertSameAsTheHistoriesAsync(b, workspace);

        // Later events, again from both hosts, after the facts were read once.
        await b.PatchAsync(workspace.ToString(), ids[2], """{"status":"delivered"}""");
        await AnswerAsync(a, workspace, ids[3], "OnTrack");
        await a.PatchAsync(workspace.ToString(), ids[3], """{"owner":"U9"}""");
        await AssertSameAsTheHistoriesAsync(b, workspace);

        // A workspace from before facts were kept (or a write that stopped before its facts): they are judged again and kept.
        var table = await a.Services.GetRequiredService<ITableStore>().GetTableAsync("insights");
        foreach (var row in await table.QueryAllAsync(workspace.ToString()))
        {
            await table.DeleteAsync(row.PartitionKey, row.RowKey, "*");
        }

        await AssertSameAsTheHistoriesAsync(a, workspace);
        var kept = await a.Services.GetRequiredService<ICommitmentFactsStore>().ListAsync(workspace);
        Assert.True(kept.Complete);
        Assert.Equal(4, kept.Facts.Count);
        await AssertSameAsTheHistoriesAsync(b, workspace);
    }

    [Fact]
    public async Task A_teams_member_signed_in_with_their_entra_object_id_sees_their_own_row_on_people()
    {
        var tenant = Guid.NewGuid().ToString();
        const string objectId = "5a1f0c3e-7d2b-4c9a-9e61-0f2b3c4d5e6f";
        var workspace = WorkspaceId.ForTeams(tenant);
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(null, new Dictionary<string, string?>
        {
            ["Dashboard:Entra:ClientId"] = FakeOpenIdProvider.ClientId,
            ["Dashboard:Entra:ClientSecret"] = FakeOpenIdProvider.ClientSecret,
            ["Dashboard:Entra:Authority"] = provider.Authority.ToString(),
        });
        foreach (var owner in new[] { "29:1grace", "29:1other" })
        {
            var id = await host.CreateAsync(workspace.ToString(), "Promise of " + owner, owner: owner);
            await host.PatchAsync(workspace.ToString(), id, """{"status":"delivered"}""");
        }

        await host.Services.GetRequiredService<ITeamsConversationStore>().SaveAsync(new TeamsConversationReference(
            ChatAddress.ToUser(workspace, "29:1grace"), new Uri("https://smba.trafficmanager.net/emea/"), "a:1", "personal", tenant, "29:1grace", objectId, "28:bot"));
        provider.NextUser = FakeOpenIdProvider.EntraUser(tenant, objectId, "Grace");
        using var walk = new SignInWalk(host.BaseAddress);
        await walk.GetAsync("/app/signin/entra");

        var (people, _) = await walk.GetAsync("/app/people");
        var html = await people.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, people.StatusCode);
        Assert.Contains(">29:1grace<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("29:1other", html, StringComparison.Ordinal);
    }

    private static async Task AnswerAsync(DashboardHost host, WorkspaceId workspace, string id, string health)
    {
        var store = host.Services.GetRequiredService<ICommitmentStore>();
        var c = (await store.GetAsync(workspace, id))!;
        var sent = await store.UpdateAsync(c with { Version = c.Version + 1 }, new CommitmentEvent(c.Version + 1, DateTimeOffset.UtcNow, CommitmentEventKind.CheckInSent, null));
        await store.UpdateAsync(sent with { Version = sent.Version + 1 }, new CommitmentEvent(
            sent.Version + 1, DateTimeOffset.UtcNow, CommitmentEventKind.Answered, c.Owner, new Dictionary<string, string> { ["health"] = health }));
    }

    /// <summary>What the pages get from the kept facts equals what the histories, read one by one, give.</summary>
    private static async Task AssertSameAsTheHistoriesAsync(DashboardHost host, WorkspaceId workspace)
    {
        var store = host.Services.GetRequiredService<ICommitmentStore>();
        var all = await store.ListAsync(workspace);
        var histories = new Dictionary<string, IReadOnlyList<CommitmentEvent>>(StringComparer.Ordinal);
        foreach (var c in all.Where(c => c.Version > 1))
        {
            histories[c.Id] = await store.GetHistoryAsync(workspace, c.Id);
        }

        var now = DateTimeOffset.UtcNow;
        var expected = TrendBuilder.Build(all, histories, now, 12);
        var insights = host.Services.GetRequiredService<InsightService>();

        var trends = await insights.TrendsAsync(workspace, 12);
        var people = await insights.CalibrationAsync(workspace);

        Assert.Equal(expected.Months, trends.Months);
        Assert.Equal(expected.Channels, trends.Channels);
        Assert.NotEmpty(trends.Channels);
        Assert.Equal(Calibration.For([.. all.Where(c => c.Version > 1)], histories), people);
        Assert.Contains(people, row => row.OnTrackJudged > 0);
        var digest = await host.Services.GetRequiredService<DigestService>().BuildForWorkspaceAsync(workspace, 7);
        var shown = await insights.NowAsync(workspace, 7);
        Assert.Equal(JsonSerializer.Serialize(digest.Sections), JsonSerializer.Serialize(shown.Sections));
        Assert.Equal(JsonSerializer.Serialize(digest.Warnings), JsonSerializer.Serialize(shown.Warnings));
        Assert.Equal(digest.Numbers, shown.Numbers);
        Assert.True(shown.Numbers.Delivered > 0);
    }
}
