using StatusBot.Core.Chat;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Tests.Slack;

public sealed class SlackJourneyTests : IAsyncLifetime
{
    private static readonly WorkspaceId Workspace = SlackHost.Workspace;
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Adding_a_commitment_from_a_dm_picks_the_channel_and_the_approver_instead_of_typing_ids()
    {
        var view = await OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "", "U0OWNER", "D0OWNER", _s.Slack.ResponseUrl("c1")));
        var blocks = view["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();
        var approver = blocks.Single(b => (string?)b["block_id"] == "approver")["element"]!;
        var channel = blocks.Single(b => (string?)b["block_id"] == "channel")["element"]!;
        Assert.Equal("users_select", (string?)approver["type"]);
        Assert.Equal("conversations_select", (string?)channel["type"]);
        Assert.DoesNotContain(blocks, b => ((string?)b["label"]?["text"])?.Contains("user id", StringComparison.OrdinalIgnoreCase) == true);

        await _s.Wire.SubmitAsync("U0OWNER", view,
            ("title", "plain_text_input", "Export API"), ("customer", "plain_text_input", "Acme"), ("dueDate", "datepicker", "2026-12-18"),
            ("customerDestination", "plain_text_input", "C0ACME"), ("timeZone", "plain_text_input", "Europe/Berlin"),
            ("channel", "conversations_select", "C0PICKED"), ("approver", "users_select", "U0BOSS"));

        var commitment = Assert.Single(await _s.Host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace));
        Assert.Equal(("C0PICKED", "U0BOSS"), (commitment.Channel, commitment.Approver));
    }

    [Fact]
    public async Task Owner_adds_a_commitment_answers_slipping_and_the_customer_channel_gets_one_warning()
    {
        var view = await OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("c1")));
        Assert.Equal("commit.create", view["callback_id"]!.GetValue<string>());
        var added = await _s.Wire.SubmitAsync("U0OWNER", view,
            ("title", "plain_text_input", "Export <!channel> API"), ("customer", "plain_text_input", "Acme"), ("dueDate", "datepicker", "2026-12-18"),
            ("customerDestination", "plain_text_input", "C0ACME"), ("timeZone", "plain_text_input", "Europe/Berlin"));
        Assert.Contains("Added Export", added.ToJsonString(), StringComparison.Ordinal);
        var commitment = Assert.Single(await _s.Host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace));
        Assert.Equal(("U0OWNER", "C0PROJ"), (commitment.Owner, commitment.Channel));

        await _s.Host.Services.GetRequiredService<CheckInRunner>().CheckInNowAsync(Workspace, commitment.Id);
        var question = Assert.Single(_s.Slack.Delivered("chat.postMessage"));
        var slipping = Buttons(question).Single(b => b["value"]!.GetValue<string>().EndsWith("|slipping", StringComparison.Ordinal));
        var (actionId, value, ts) = (slipping["action_id"]!.GetValue<string>(), slipping["value"]!.GetValue<string>(), "1700000001.000100");

        await _s.Wire.ClickAsync("U0OTHER", actionId, value, "DU0OWNER", ts, _s.Slack.ResponseUrl("other"));
        await Eventually(() => _s.Slack.Delivered("response_url").Any(c => c.Field("text") == "Only U0OWNER can answer this."));
        var dateForm = await OpenedViewAfter(async () =>
        {
            var clicks = await Task.WhenAll(
                _s.Wire.ClickAsync("U0OWNER", actionId, value, "DU0OWNER", ts, _s.Slack.ResponseUrl("a")),
                _s.Wire.ClickAsync("U0OWNER", actionId, value, "DU0OWNER", ts, _s.Slack.ResponseUrl("b")));
            return clicks[0];
        });
        await Eventually(() => _s.Slack.Delivered("chat.update").Count == 1);
        Assert.Empty(Buttons(_s.Slack.Delivered("chat.update")[0]));

        var partsForm = View(await _s.Wire.SubmitAsync("U0OWNER", dateForm, ("newDate", "datepicker", "2027-01-15")));
        Assert.Equal("slip.parts", partsForm["callback_id"]!.GetValue<string>());
        var preview = View(await _s.Wire.SubmitAsync("U0OWNER", partsForm,
            ("facts", "plain_text_input", "The export will not be ready on 18 December."),
            ("context", "plain_text_input", "Load tests showed large accounts time out; the fix needs a schema change."),
            ("impact", "plain_text_input", "Your year-end report cannot use the export until then."),
            ("plan", "plain_text_input", "Two engineers are on it; smaller exports from the reports page work meanwhile."),
            ("ask", "plain_text_input", "Does 15 January work for you? Reply here with any concern.")));
        Assert.Equal("slip.send", preview["callback_id"]!.GetValue<string>());
        Assert.Contains("Tone check", preview.ToJsonString(), StringComparison.Ordinal);
        var sent = await _s.Wire.SubmitAsync("U0OWNER", preview);
        Assert.Equal("update", sent["response_action"]!.GetValue<string>());

        var warning = Assert.Single(_s.Slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0ACME");
        Assert.Contains("Friday 15 January 2027", warning.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain(_s.Slack.Calls, c => (c.Field("text") ?? "").Contains("<!channel>", StringComparison.Ordinal));
        Assert.Single(_s.Slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ" && c.Field("text")!.Contains("moves from", StringComparison.Ordinal));
        var stored = await _s.Host.Services.GetRequiredService<CommitmentService>().GetAsync(Workspace, commitment.Id);
        Assert.Equal(new DateOnly(2027, 1, 15), stored!.DueDate);
    }

    [Fact]
    public async Task Digest_command_posts_the_channel_digest_and_digest_weekly_schedules_it()
    {
        var service = _s.Host.Services.GetRequiredService<CommitmentService>();
        await service.CreateAsync(Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");

        var posted = await _s.Wire.CommandAsync("/digest", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("d1"));
        var scheduled = await _s.Wire.CommandAsync("/digest", "weekly monday 09:00", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("d2"));

        Assert.Contains("Posted this channel's digest", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_s.Slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ");
        Assert.Contains("weekly monday 09:00 (Europe/Berlin)", await scheduled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_list_buttons_answer_only_the_user_who_clicked_them()
    {
        var created = await _s.Get<CommitmentService>().CreateAsync(Workspace, new CommitmentInput("Export API", "Acme", "2026-12-18", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");
        var listed = JsonNode.Parse(await (await _s.Wire.CommandAsync("/commit", "list", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("l"))).Content.ReadAsStringAsync())!;
        var atRisk = SlackHost.Buttons(listed["blocks"]!.AsArray()).Single(b => (string?)b["value"] == $"{created.Value!.Id}|atrisk");

        await _s.Wire.ClickAsync("U0OWNER", (string)atRisk["action_id"]!, (string)atRisk["value"]!, "C0PROJ", "1700000050.000100", _s.Slack.ResponseUrl("r"), ephemeral: true);

        await Eventually(() => _s.Slack.Delivered("response_url").Count == 2);
        Assert.Contains("answered At risk", _s.Slack.Delivered("response_url")[0].Field("text"), StringComparison.Ordinal);
        Assert.StartsWith("Noted", _s.Slack.Delivered("response_url")[1].Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method == "chat.update");
        Assert.Equal(Health.AtRisk, (await _s.Get<CommitmentService>().GetAsync(Workspace, created.Value!.Id))!.Health);
    }

    [Fact]
    public async Task Unknown_command_text_gets_help_only_the_user_sees()
    {
        var response = await _s.Wire.CommandAsync("/slip", "help", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("h"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("Here is what I can do", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_verification_is_answered_and_a_retried_event_has_one_effect()
    {
        var check = await _s.Wire.PostAsync("/slack/events", """{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", "application/json");
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string home = """{"type":"event_callback","team_id":"T0123","api_app_id":"A1","event_id":"Ev1","event_time":1700000000,"event":{"type":"app_home_opened","user":"U0OWNER","channel":"D1","tab":"home"}}""";
        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.PostAsync("/slack/events", home, "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.PostAsync("/slack/events", home, "application/json", retryNum: "1")).StatusCode);

        // A later, different event is published after the retry was answered; a retry handled again would publish too.
        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.PostAsync("/slack/events", home.Replace("\"Ev1\"", "\"Ev2\"", StringComparison.Ordinal), "application/json")).StatusCode);
        await Eventually(() => _s.Slack.Delivered("views.publish").Count >= 2);
        Assert.Equal(2, _s.Slack.Delivered("views.publish").Count);
    }

    [Fact]
    public async Task Opening_the_chat_with_statusbot_greets_once_with_three_things_to_try()
    {
        const string messages = """{"type":"event_callback","team_id":"T0123","api_app_id":"A1","event_id":"EvM1","event_time":1700000000,"event":{"type":"app_home_opened","user":"U0OWNER","channel":"D1","tab":"messages"}}""";

        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.PostAsync("/slack/events", messages, "application/json")).StatusCode);
        await Eventually(() => _s.Slack.Delivered("chat.postMessage").Count >= 1);
        // Opening it again (a new event) greets no more.
        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.PostAsync("/slack/events", messages.Replace("\"EvM1\"", "\"EvM2\"", StringComparison.Ordinal), "application/json")).StatusCode);
        await Task.Delay(500);

        var greeting = Assert.Single(_s.Slack.Delivered("chat.postMessage"));
        Assert.Equal("U0OWNER", greeting.Json!["channel"]!.GetValue<string>());
        Assert.Contains("Hi, I am StatusBot.", greeting.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("• checkin: be asked about it now", greeting.Json!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    private Task<JsonObject> OpenedViewAfter(Func<Task<HttpResponseMessage>> act) => _s.OpenedViewAfter(act);

    private static JsonObject View(JsonObject answer) => answer["view"]!.AsObject();

    private static List<JsonNode> Buttons(FakeSlackCall call) => SlackHost.Buttons(call);

    private static Task Eventually(Func<bool> condition) => SlackHost.Eventually(condition);
}
