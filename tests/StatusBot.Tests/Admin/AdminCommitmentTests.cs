using System.Net;
using System.Text.Json.Nodes;

namespace StatusBot.Tests.Admin;

public sealed class AdminCommitmentTests
{
    [Fact]
    public async Task Created_commitment_shows_its_history_and_next_check_in()
    {
        using var host = new AdminHost();
        using var body = AdminHost.Json(AdminHost.ValidCommitment().ToJsonString());

        var created = await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = AdminHost.Text((await AdminHost.ReadAsync(created))["id"]);
        Assert.Equal($"{AdminHost.Base}/{id}", created.Headers.Location?.OriginalString);

        var shown = await AdminHost.ReadAsync(await host.GetAsync($"{AdminHost.Base}/{id}"));
        Assert.Equal("Data export API", AdminHost.Text(shown["title"]));
        Assert.Equal("2026-12-18", AdminHost.Text(shown["dueDate"]));
        Assert.Equal(5, shown["noticeDays"]!.GetValue<int>());
        Assert.Equal("open", AdminHost.Text(shown["status"]));
        Assert.Equal("unknown", AdminHost.Text(shown["health"]));
        Assert.NotNull(shown["healthSince"]);
        var created1 = Assert.Single(shown["history"]!.AsArray())!;
        Assert.Equal(1, created1["sequence"]!.GetValue<long>());
        Assert.Equal("created", AdminHost.Text(created1["kind"]));
        Assert.Equal("admin-api", AdminHost.Text(created1["actor"]));
        var next = shown["nextCheckIn"]!;
        Assert.Equal("checkIn", AdminHost.Text(next["kind"]));
        Assert.True(next["at"]!.GetValue<DateTimeOffset>() >= AdminHost.Now);
        Assert.False(string.IsNullOrWhiteSpace(AdminHost.Text(next["reason"])));
    }

    [Fact]
    public async Task List_shows_only_the_workspace_s_commitments()
    {
        using var host = new AdminHost();
        await host.CreateAsync(AdminHost.ValidCommitment("Ours"));
        await host.CreateAsync(AdminHost.ValidCommitment("Theirs"), "/api/workspaces/teams-0f1e2d3c/commitments");

        var list = await AdminHost.ReadAsync(await host.GetAsync(AdminHost.Base));

        var only = Assert.Single(list["commitments"]!.AsArray())!;
        Assert.Equal("Ours", AdminHost.Text(only["title"]));
        Assert.Equal(AdminHost.Workspace.ToString(), AdminHost.Text(only["workspace"]));
        Assert.NotNull(only["nextCheckIn"]);
    }

    [Fact]
    public async Task Patch_edits_fields_and_records_the_change_in_the_history()
    {
        using var host = new AdminHost();
        var id = AdminHost.Text((await host.CreateAsync())["id"]);

        var response = await host.PatchAsync(id, """{ "title": "Export v2", "dueDate": "2027-01-15", "noticeDays": null }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edited = await AdminHost.ReadAsync(response);
        Assert.Equal("Export v2", AdminHost.Text(edited["title"]));
        Assert.Equal("2027-01-15", AdminHost.Text(edited["dueDate"]));
        Assert.Null(edited["noticeDays"]);
        Assert.Equal("Acme", AdminHost.Text(edited["customer"]));
        var last = edited["history"]!.AsArray()[^1]!;
        Assert.Equal("edited", AdminHost.Text(last["kind"]));
        Assert.Equal("Data export API -> Export v2", AdminHost.Text(last["data"]!["title"]));
        Assert.Equal("2026-12-18 -> 2027-01-15", AdminHost.Text(last["data"]!["dueDate"]));
        Assert.Equal("5 -> (none)", AdminHost.Text(last["data"]!["noticeDays"]));
    }

    [Fact]
    public async Task Patch_status_delivered_closes_it_and_a_later_edit_is_409()
    {
        using var host = new AdminHost();
        var id = AdminHost.Text((await host.CreateAsync())["id"]);

        var delivered = await host.PatchAsync(id, """{ "status": "delivered" }""");
        var again = await host.PatchAsync(id, """{ "title": "Too late" }""");

        var closed = await AdminHost.ReadAsync(delivered);
        Assert.Equal("delivered", AdminHost.Text(closed["status"]));
        Assert.Equal("delivered", AdminHost.Text(closed["history"]!.AsArray()[^1]!["kind"]));
        Assert.Null(closed["nextCheckIn"]);
        AdminHost.AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Contains("cannot be edited", AdminHost.Text((await AdminHost.ReadAsync(again))["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_cancels_and_keeps_the_history()
    {
        using var host = new AdminHost();
        var id = AdminHost.Text((await host.CreateAsync())["id"]);

        var response = await host.Client.DeleteAsync(new Uri($"{AdminHost.Base}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelled = await AdminHost.ReadAsync(response);
        Assert.Equal("cancelled", AdminHost.Text(cancelled["status"]));
        Assert.Equal(["created", "cancelled"], cancelled["history"]!.AsArray().Select(e => AdminHost.Text(e!["kind"])));
        var shown = await AdminHost.ReadAsync(await host.GetAsync($"{AdminHost.Base}/{id}"));
        Assert.Equal("cancelled", AdminHost.Text(shown["status"]));
        AdminHost.AssertProblem(await host.PatchAsync(id, """{ "title": "x" }"""), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Unknown_commitment_id_is_404(string method)
    {
        using var host = new AdminHost();

        foreach (var id in new[] { "0190a1b2c3d4e5f60718293a4b5c6d7e", "not-an-id" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"{AdminHost.Base}/{id}")
            {
                Content = method == "PATCH" ? AdminHost.Json("""{ "title": "x" }""") : null,
            };
            AdminHost.AssertProblem(await host.Client.SendAsync(request), HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("dueDate", "31/12/2026")]
    [InlineData("dueDate", "2026-11-01")]
    [InlineData("timeZone", "Mars/Olympus_Mons")]
    [InlineData("title", "201")]
    public async Task Create_with_a_bad_field_is_400_naming_it(string field, string value)
    {
        using var host = new AdminHost();
        var body = AdminHost.ValidCommitment();
        body[field] = field == "title" ? new string('x', int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : value;
        using var content = AdminHost.Json(body.ToJsonString());

        var response = await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], AdminHost.ErrorFields(await AdminHost.ReadAsync(response)));
    }

    [Theory]
    [InlineData("""{ "title": 5 }""", "title")]
    [InlineData("""{ "noticeDays": "five" }""", "noticeDays")]
    [InlineData("""{ "noticeDays": 2.5 }""", "noticeDays")]
    [InlineData("""{ "status": "done" }""", "status")]
    [InlineData("""{ "title": null }""", "title")]
    [InlineData("""{ "colour": "red" }""", "colour")]
    public async Task Patch_with_a_wrong_type_or_value_is_400_naming_the_field(string json, string field)
    {
        using var host = new AdminHost();
        var id = AdminHost.Text((await host.CreateAsync())["id"]);

        var response = await host.PatchAsync(id, json);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], AdminHost.ErrorFields(await AdminHost.ReadAsync(response)));
    }

    [Theory]
    [InlineData("{ \"title\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public async Task Malformed_or_empty_JSON_is_400_not_500(string json)
    {
        using var host = new AdminHost();
        using var content = AdminHost.Json(json);

        var response = await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(AdminHost.Text((await AdminHost.ReadAsync(response))["detail"])));
    }

    [Fact]
    public async Task Create_with_a_number_for_a_string_is_400_naming_the_field()
    {
        using var host = new AdminHost();
        var body = AdminHost.ValidCommitment();
        body["owner"] = 123;
        using var content = AdminHost.Json(body.ToJsonString());

        var response = await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(["owner"], AdminHost.ErrorFields(await AdminHost.ReadAsync(response)));
    }

    [Fact]
    public async Task Create_missing_everything_lists_every_required_field()
    {
        using var host = new AdminHost();
        using var content = AdminHost.Json("{}");

        var response = await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), content);

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            ["title", "customer", "dueDate", "timeZone", "owner", "channel", "customerDestination"],
            AdminHost.ErrorFields(await AdminHost.ReadAsync(response)));
    }

    [Fact]
    public async Task Create_as_form_data_is_415()
    {
        using var host = new AdminHost();
        using var content = new FormUrlEncodedContent([new("title", "x")]);

        AdminHost.AssertProblem(await host.Client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), content), HttpStatusCode.UnsupportedMediaType);
    }

}
