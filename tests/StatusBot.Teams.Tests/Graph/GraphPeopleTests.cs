using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Teams.Graph;

namespace StatusBot.Teams.Tests.Graph;

public sealed class GraphPeopleTests
{
    [Fact]
    public async Task FillAsync_GraphKnowsTheUserAndTheirManager_FillsNameEmailAndTheManagersTeamsId()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example (Sales)", "ann@contoso.com", manager: GraphHarness.Bo, jobTitle: "Account manager");
        teams.Graph.AddUser(GraphHarness.Bo, "Bo Boss", "bo@contoso.com");
        await teams.MeetAsync("29:1bo", GraphHarness.Bo);

        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        var ann = (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!;
        Assert.Equal(("Ann Example (Sales)", "ann@contoso.com", "29:1bo", "Europe/Berlin", Reach.Reachable, "Account manager"), (ann.DisplayName, ann.Email, ann.Manager, ann.TimeZone, ann.Reach, ann.Title));
        var bo = (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1bo"))!;
        Assert.Equal(("Bo Boss", "bo@contoso.com", (DateTimeOffset?)null), (bo.DisplayName, bo.Email, bo.RefreshedAt));
        Assert.All(teams.Graph.Calls, call => Assert.Equal("Bearer graph-token-1", call.Authorization));
        Assert.Equal(TeamsGraphClient.Scope, Assert.Single(teams.Graph.TokenRequests)["scope"]);
        Assert.Equal([$"/v1.0/users/{GraphHarness.Ann}?$select=id,displayName,mail,userPrincipalName,accountEnabled,jobTitle", $"/v1.0/users/{GraphHarness.Ann}/manager?$select=id,displayName,mail,userPrincipalName"],
            teams.Graph.Calls.Select(c => c.Path));
    }

    [Fact]
    public async Task FillAsync_ActivityWithoutZone_TakesTheMailboxZoneAsIana()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example", "ann@contoso.com", mailboxZone: "Tokyo Standard Time");

        await teams.ActAsync("29:1ann", GraphHarness.Ann, zone: null);

        Assert.Equal("Asia/Tokyo", (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!.TimeZone);
    }

    [Fact]
    public async Task FillAsync_NoManagerInGraph_FillsTheRestWithoutOne()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example", "ann@contoso.com");

        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        var ann = (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!;
        Assert.Equal(("ann@contoso.com", (string?)null), (ann.Email, ann.Manager));
    }

    [Fact]
    public async Task FillAsync_ManagerStatusBotHasNotMet_FillsNoManagerAndSaysWhy()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example", "ann@contoso.com", manager: GraphHarness.Bo);
        teams.Graph.AddUser(GraphHarness.Bo, "Bo Boss", "bo@contoso.com");

        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        Assert.Null((await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!.Manager);
        Assert.Contains("2242", teams.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FillAsync_AccountDisabledInGraph_MarkedUnreachableWithWhatToDo()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example", "ann@contoso.com", enabled: false);

        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        var ann = (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!;
        Assert.Equal(Reach.Unreachable, ann.Reach);
        Assert.Contains("hand their commitments over", ann.ReachProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FillAsync_GraphForbidden_LoggedOnceAndPeopleKeptAsTheActivityShowsThem()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.Forbidden.Add("user");

        await teams.ActAsync("29:1ann", GraphHarness.Ann, name: "Ann Example");
        await teams.ActAsync("29:1cy", "6f1a0000-0000-0000-0000-0000000000c1", name: "Cy Example");

        Assert.Equal("Ann Example", (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!.DisplayName);
        Assert.Equal("Cy Example", (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1cy"))!.DisplayName);
        Assert.Single(teams.Logger.All.Split('\n'), line => line.Contains(" 2240 ", StringComparison.Ordinal));
        Assert.Single(teams.Graph.Calls);
    }

    [Fact]
    public async Task FillAsync_UserUnknownToGraph_KeptAsTheActivityShowsThem()
    {
        await using var teams = await GraphHarness.StartAsync();

        await teams.ActAsync("29:1ann", GraphHarness.Ann, name: "Ann Example");

        var ann = (await teams.Directory.GetAsync(GraphHarness.Workspace, "29:1ann"))!;
        Assert.Equal(("Ann Example", "Europe/Berlin", (string?)null), (ann.DisplayName, ann.TimeZone, ann.Email));
    }

    [Fact]
    public async Task FillAsync_ManyActivities_AsksGraphAtMostDaily()
    {
        await using var teams = await GraphHarness.StartAsync();
        teams.Graph.AddUser(GraphHarness.Ann, "Ann Example", "ann@contoso.com");

        await teams.ActAsync("29:1ann", GraphHarness.Ann);
        teams.Time.Advance(TimeSpan.FromHours(23));
        await teams.ActAsync("29:1ann", GraphHarness.Ann);
        teams.Time.Advance(TimeSpan.FromHours(2));
        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        Assert.Equal(2, teams.Graph.Calls.Count(c => c.Path.StartsWith($"/v1.0/users/{GraphHarness.Ann}?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FillAsync_StoredCopyStillFresh_AsksGraphNothing()
    {
        await using var teams = await GraphHarness.StartAsync();
        await teams.Directory.SaveAsync(Person.Unknown(GraphHarness.Workspace, "29:1ann") with { DisplayName = "Ann", RefreshedAt = teams.Time.GetUtcNow().AddHours(-1) });

        await teams.ActAsync("29:1ann", GraphHarness.Ann);

        Assert.Empty(teams.Graph.Calls);
    }

    [Fact]
    public async Task FillAsync_UserOfAnotherTenant_AsksGraphNothing()
    {
        await using var teams = await GraphHarness.StartAsync();

        await teams.ActAsync("29:1ann", GraphHarness.Ann, workspace: WorkspaceId.ForTeams("12345678-0000-0000-0000-000000000000"));

        Assert.Empty(teams.Graph.Calls);
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("Customized Time Zone", null)]
    public void IanaZone_MailboxZone_IanaOrNothing(string mailbox, string? expected)
    {
        Assert.Equal(expected, GraphPeople.IanaZone(mailbox));
    }
}
