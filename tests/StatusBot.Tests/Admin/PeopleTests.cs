using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.People;

namespace StatusBot.Tests.Admin;

public sealed class PeopleTests
{
    private const string People = "/api/workspaces/slack-T0123ABC/people";

    private static Task<HttpResponseMessage> PutAsync(AdminHost host, string user, string json) =>
        host.Client.PutAsync(new Uri($"{People}/{Uri.EscapeDataString(user)}", UriKind.Relative), AdminHost.Json(json));

    [Fact]
    public async Task A_person_put_with_every_detail_reads_back_the_same()
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "U0123", """
            {"displayName": "Ada Lovelace", "timeZone": "Europe/London", "workingDays": ["Monday", "tuesday", "WEDNESDAY"],
             "workdayStart": "08:30", "workdayEnd": "16:30:00", "manager": "U_BOSS", "delegate": "U_PEER",
             "timeOff": [{"start": "2026-12-21", "end": "2027-01-04"}], "email": "ada@example.com"}
            """);
        var read = await host.GetAsync($"{People}/U0123");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var person = await AdminHost.ReadAsync(read);
        Assert.Equal((await AdminHost.ReadAsync(put)).ToJsonString(), person.ToJsonString());
        Assert.Equal("slack-T0123ABC", AdminHost.Text(person["workspace"]));
        Assert.Equal(("Ada Lovelace", "Europe/London", "ada@example.com"), (AdminHost.Text(person["displayName"]), AdminHost.Text(person["timeZone"]), AdminHost.Text(person["email"])));
        Assert.Equal(["monday", "tuesday", "wednesday"], person["workingDays"]!.AsArray().Select(AdminHost.Text));
        Assert.Equal(("08:30", "16:30"), (AdminHost.Text(person["workdayStart"]), AdminHost.Text(person["workdayEnd"])));
        Assert.Equal(("U_BOSS", "U_PEER"), (AdminHost.Text(person["manager"]), AdminHost.Text(person["delegate"])));
        var timeOff = Assert.Single(person["timeOff"]!.AsArray());
        Assert.Equal(("2026-12-21", "2027-01-04"), (AdminHost.Text(timeOff!["start"]), AdminHost.Text(timeOff["end"])));
        Assert.Equal("unknown", AdminHost.Text(person["reach"]));
        var list = await AdminHost.ReadAsync(await host.GetAsync(People));
        Assert.Equal(["U0123"], list["people"]!.AsArray().Select(p => AdminHost.Text(p!["userId"])));
    }

    [Fact]
    public async Task A_second_put_replaces_what_an_admin_sets_and_keeps_what_the_bot_found()
    {
        using var host = new AdminHost();
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        await directory.SaveAsync(Person.Unknown(AdminHost.Workspace, "U0123") with
        {
            Email = "old@example.com", Reach = Reach.Unreachable, ReachProblem = "Deactivated.", RefreshedAt = AdminHost.Now,
        });

        using var put = await PutAsync(host, "U0123", """{"displayName": "Ada"}""");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stored = await directory.GetAsync(AdminHost.Workspace, "U0123");
        Assert.Equal(("Ada", null, Reach.Unreachable, "Deactivated.", AdminHost.Now), (stored!.DisplayName, stored.Email, stored.Reach, stored.ReachProblem, stored.RefreshedAt));
        Assert.Equal("unreachable", AdminHost.Text((await AdminHost.ReadAsync(put))["reach"]));
    }

    [Fact]
    public async Task Someone_the_directory_does_not_know_is_a_404_problem()
    {
        using var host = new AdminHost();

        AdminHost.AssertProblem(await host.GetAsync($"{People}/U_NOBODY"), HttpStatusCode.NotFound);
        Assert.Empty((await AdminHost.ReadAsync(await host.GetAsync(People)))["people"]!.AsArray());
    }

    [Fact]
    public async Task A_manager_loop_is_refused_and_nothing_is_stored()
    {
        using var host = new AdminHost();
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(host, "U_A", """{"manager": "U_B"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(host, "U_B", """{"manager": "U_C", "displayName": "Bea"}""")).StatusCode);

        using var loop = await PutAsync(host, "U_C", """{"manager": "U_A", "displayName": "Cy"}""");

        AdminHost.AssertProblem(loop, HttpStatusCode.BadRequest);
        Assert.Equal(["manager"], AdminHost.ErrorFields(await AdminHost.ReadAsync(loop)));
        AdminHost.AssertProblem(await host.GetAsync($"{People}/U_C"), HttpStatusCode.NotFound);
        using var again = await PutAsync(host, "U_B", """{"manager": "U_A"}""");
        AdminHost.AssertProblem(again, HttpStatusCode.BadRequest);
        var b = await AdminHost.ReadAsync(await host.GetAsync($"{People}/U_B"));
        Assert.Equal(("U_C", "Bea"), (AdminHost.Text(b["manager"]), AdminHost.Text(b["displayName"])));
    }

    [Fact]
    public async Task Time_off_that_ends_before_it_starts_is_refused()
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "U0123", """{"timeOff": [{"start": "2027-01-04", "end": "2026-12-21"}]}""");

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        Assert.Equal(["timeOff"], AdminHost.ErrorFields(await AdminHost.ReadAsync(put)));
        AdminHost.AssertProblem(await host.GetAsync($"{People}/U0123"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_time_zone_that_is_not_iana_is_refused()
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "U0123", """{"timeZone": "Mars/Olympus_Mons"}""");

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        var problem = await AdminHost.ReadAsync(put);
        Assert.Equal(["timeZone"], AdminHost.ErrorFields(problem));
        Assert.Equal("The person is not valid.", AdminHost.Text(problem["title"]));
    }

    [Fact]
    public async Task A_delegate_who_is_away_at_the_same_time_is_refused()
    {
        using var host = new AdminHost();
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(host, "U_PEER", """{"displayName": "Priya", "timeOff": [{"start": "2027-01-02", "end": "2027-01-10"}]}""")).StatusCode);

        using var put = await PutAsync(host, "U0123", """{"delegate": "U_PEER", "timeOff": [{"start": "2026-12-21", "end": "2027-01-04"}]}""");

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        var problem = await AdminHost.ReadAsync(put);
        Assert.Equal(["delegate"], AdminHost.ErrorFields(problem));
        Assert.Contains("Priya", problem["errors"]!["delegate"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        AdminHost.AssertProblem(await host.GetAsync($"{People}/U0123"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"workdayStart": "9am"}""", "workdayStart")]
    [InlineData("""{"workdayEnd": "25:00"}""", "workdayEnd")]
    [InlineData("""{"workingDays": ["Funday"]}""", "workingDays")]
    [InlineData("""{"workingDays": ["1"]}""", "workingDays")]
    [InlineData("""{"timeOff": [{"start": "21/12/2026", "end": "2027-01-04"}]}""", "timeOff")]
    [InlineData("""{"timeOff": [{"start": "2026-02-30", "end": "2026-03-04"}]}""", "timeOff")]
    [InlineData("""{"timeOff": [{"start": "2026-12-21"}]}""", "timeOff")]
    [InlineData("""{"email": "not an address"}""", "email")]
    public async Task A_bad_date_time_or_day_is_a_400_naming_the_field(string json, string field)
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "U0123", json);

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        Assert.Equal([field], AdminHost.ErrorFields(await AdminHost.ReadAsync(put)));
        AdminHost.AssertProblem(await host.GetAsync($"{People}/U0123"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"displayName": "Ada",""")]
    [InlineData("""{"workingDays": "Monday"}""")]
    [InlineData("""{"timeOff": {"start": "2026-12-21"}}""")]
    [InlineData("""{"reach": "reachable"}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public async Task Malformed_json_is_a_400_saying_what_to_send(string json)
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "U0123", json);

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        Assert.Contains("displayName", AdminHost.Text((await AdminHost.ReadAsync(put))["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_must_be_sent_as_json()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(new Uri($"{People}/U0123", UriKind.Relative), AdminHost.Csv("displayName\nAda\n"));

        AdminHost.AssertProblem(put, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_teams_id_with_a_colon_round_trips_through_the_url()
    {
        using var host = new AdminHost();

        using var put = await PutAsync(host, "29:1abc-XYZ_0", """{"displayName": "Teams user"}""");
        var read = await host.GetAsync($"{People}/{Uri.EscapeDataString("29:1abc-XYZ_0")}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("29:1abc-XYZ_0", AdminHost.Text((await AdminHost.ReadAsync(read))["userId"]));
    }

    [Fact]
    public async Task People_need_the_key_and_a_real_workspace()
    {
        using var host = new AdminHost();

        using var noKey = await host.CreateClientWithoutKey().GetAsync(new Uri(People, UriKind.Relative));
        using var badWorkspace = await host.GetAsync("/api/workspaces/nope/people/U0123");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        AdminHost.AssertProblem(badWorkspace, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task People_of_another_workspace_are_not_listed()
    {
        using var host = new AdminHost();
        await host.Services.GetRequiredService<IPeopleDirectory>().SaveAsync(Person.Unknown(Core.Chat.WorkspaceId.ForSlack("T0OTHER"), "U0123"));

        Assert.Empty((await AdminHost.ReadAsync(await host.GetAsync(People)))["people"]!.AsArray());
        AdminHost.AssertProblem(await host.GetAsync($"{People}/U0123"), HttpStatusCode.NotFound);
    }
}
