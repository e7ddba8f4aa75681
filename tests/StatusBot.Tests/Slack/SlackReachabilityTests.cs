using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Tests.Slack;

/// <summary>Through the whole host and a fake Slack: who and where a new commitment names are checked on Slack as it is added.</summary>
public sealed class SlackReachabilityTests : IAsyncLifetime
{
    private const string Key = "reach-admin-key-0123456789";
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartWithAdminAsync(Key);

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private Task<IReadOnlyList<Commitment>> StoredAsync() => _s.Host.Services.GetRequiredService<CommitmentService>().ListAsync(SlackHost.Workspace);

    private async Task<HttpResponseMessage> PostAsync(string owner = "U0OWNER", string channel = "C0PROJ")
    {
        using var client = _s.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var body = new JsonObject
        {
            ["title"] = "Data export API", ["customer"] = "Acme", ["dueDate"] = "2026-12-18", ["timeZone"] = "Europe/Berlin",
            ["owner"] = owner, ["channel"] = channel, ["customerDestination"] = "ops@acme.example",
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/workspaces/slack-T0123/commitments", UriKind.Relative), content);
    }

    private async Task<JsonObject> OpenFormAsync() =>
        await _s.OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("c1")));

    private Task<JsonObject> SubmitAsync(JsonObject view, params (string Block, string Type, string Value)[] more) =>
        _s.Wire.SubmitAsync("U0OWNER", view, [
            ("title", "plain_text_input", "Export API"), ("customer", "plain_text_input", "Acme"), ("dueDate", "datepicker", "2026-12-18"),
            ("customerDestination", "plain_text_input", "ops@acme.example"), ("timeZone", "plain_text_input", "Europe/Berlin"), .. more]);

    [Fact]
    public async Task An_admin_naming_an_owner_slack_does_not_know_gets_a_400_on_the_owner_and_nothing_is_stored()
    {
        _s.Slack.Unknown.Add("U0TYPO");

        var response = await PostAsync(owner: "U0TYPO");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("There is no user U0TYPO in this Slack workspace", (string?)problem["errors"]!["owner"]![0], StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task An_admin_naming_a_channel_without_the_bot_gets_the_commitment_marked_unreachable_with_what_to_do()
    {
        _s.Slack.Channels["C0PROJ"] = ("proj-acme", false, false);

        var response = await PostAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["unreachable"]![0]!;
        Assert.Equal(("channel", "C0PROJ", "not_in_channel"), ((string?)problem["role"], (string?)problem["address"], (string?)problem["code"]));
        Assert.Contains("invite @StatusBot to #proj-acme", (string?)problem["reason"], StringComparison.Ordinal);
        Assert.Contains(_s.Slack.Delivered("conversations.info"), c => c.Field("channel") == "C0PROJ");
    }

    [Fact]
    public async Task An_import_row_naming_an_owner_slack_does_not_know_is_refused_and_gives_no_one_a_manager()
    {
        _s.Slack.Unknown.Add("U0TYPO");
        using var client = _s.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        const string csv = "title,customer,dueDate,timeZone,owner,channel,customerDestination,manager\n"
            + "Export,Acme,2026-12-18,Europe/Berlin,U0TYPO,C0PROJ,ops@acme.example,U0BOSS\n";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");

        var response = await client.PostAsync(new Uri("/api/workspaces/slack-T0123/commitments/import", UriKind.Relative), content);

        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(answer["created"]!.AsArray());
        Assert.Equal("owner", (string?)answer["errors"]![0]!["reasons"]![0]!["field"]);
        Assert.Null(await _s.Get<StatusBot.Core.People.IPeopleDirectory>().GetAsync(SlackHost.Workspace, "U0TYPO"));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Slack_failing_during_the_check_does_not_stop_the_commitment()
    {
        _s.Slack.FailNext(1, FakeSlackFault.NotOk("missing_scope"), "conversations.info");

        var response = await PostAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["unreachable"]?.AsArray().FirstOrDefault());
    }

    [Fact]
    public async Task The_commit_modal_with_an_approver_slack_does_not_know_shows_the_error_on_the_approver_and_stores_nothing()
    {
        _s.Slack.Unknown.Add("U0GONE");

        var answer = await SubmitAsync(await OpenFormAsync(), ("approver", "users_select", "U0GONE"));

        Assert.Equal("errors", (string?)answer["response_action"]);
        Assert.Contains("There is no user U0GONE", (string?)answer["errors"]!["approver"], StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_commit_modal_in_a_channel_without_the_bot_adds_it_and_says_to_invite_the_bot()
    {
        _s.Slack.Channels["C0PROJ"] = ("proj-acme", false, false);

        var answer = await SubmitAsync(await OpenFormAsync());

        Assert.Contains("Added Export API", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("invite @StatusBot to #proj-acme", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await StoredAsync()).CheckIns.LastUnreachableAt);
    }
}
