using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

public sealed class SlackJourneyTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Workspace = "slack-T0123";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FakeSlackServer _slack = null!;
    private StatusBotFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;
    private SlackWire _wire = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = "xoxb-journey",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        });
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _wire = new SlackWire(_host.CreateClient(), Secret, _clock);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Owner_adds_a_commitment_answers_slipping_and_the_customer_channel_gets_one_warning()
    {
        var view = await OpenedViewAfter(() => _wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _slack.ResponseUrl("c1")));
        Assert.Equal("commit.create", view["callback_id"]!.GetValue<string>());
        var added = await _wire.SubmitAsync("U0OWNER", view,
            ("title", "plain_text_input", "Export <!channel> API"), ("customer", "plain_text_input", "Acme"), ("dueDate", "datepicker", "2026-12-18"),
            ("customerDestination", "plain_text_input", "C0ACME"), ("timeZone", "plain_text_input", "Europe/Berlin"));
        Assert.Contains("Added Export", added.ToJsonString(), StringComparison.Ordinal);
        var commitment = Assert.Single(await _host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace));
        Assert.Equal(("U0OWNER", "C0PROJ"), (commitment.Owner, commitment.Channel));

        await _host.Services.GetRequiredService<CheckInRunner>().CheckInNowAsync(Workspace, commitment.Id);
        var question = Assert.Single(_slack.Delivered("chat.postMessage"));
        var slipping = Buttons(question).Single(b => b["value"]!.GetValue<string>().EndsWith("|slipping", StringComparison.Ordinal));
        var (actionId, value, ts) = (slipping["action_id"]!.GetValue<string>(), slipping["value"]!.GetValue<string>(), "1700000001.000100");

        await _wire.ClickAsync("U0OTHER", actionId, value, "DU0OWNER", ts, _slack.ResponseUrl("other"));
        await Eventually(() => _slack.Delivered("response_url").Any(c => c.Field("text") == "Only U0OWNER can answer this."));
        var dateForm = await OpenedViewAfter(async () =>
        {
            var clicks = await Task.WhenAll(
                _wire.ClickAsync("U0OWNER", actionId, value, "DU0OWNER", ts, _slack.ResponseUrl("a")),
                _wire.ClickAsync("U0OWNER", actionId, value, "DU0OWNER", ts, _slack.ResponseUrl("b")));
            return clicks[0];
        });
        await Eventually(() => _slack.Delivered("chat.update").Count == 1);
        Assert.Empty(Buttons(_slack.Delivered("chat.update")[0]));

        var partsForm = View(await _wire.SubmitAsync("U0OWNER", dateForm, ("newDate", "datepicker", "2027-01-15")));
        Assert.Equal("slip.parts", partsForm["callback_id"]!.GetValue<string>());
        var preview = View(await _wire.SubmitAsync("U0OWNER", partsForm,
            ("facts", "plain_text_input", "The export will not be ready on 18 December."),
            ("context", "plain_text_input", "Load tests showed large accounts time out; the fix needs a schema change."),
            ("impact", "plain_text_input", "Your year-end report cannot use the export until then."),
            ("plan", "plain_text_input", "Two engineers are on it; smaller exports from the reports page work meanwhile."),
            ("ask", "plain_text_input", "Does 15 January work for you? Reply here with any concern.")));
        Assert.Equal("slip.send", preview["callback_id"]!.GetValue<string>());
        Assert.Contains("Tone check", preview.ToJsonString(), StringComparison.Ordinal);
        var sent = await _wire.SubmitAsync("U0OWNER", preview);
        Assert.Equal("update", sent["response_action"]!.GetValue<string>());

        var warning = Assert.Single(_slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0ACME");
        Assert.Contains("Friday 15 January 2027", warning.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.Calls, c => (c.Field("text") ?? "").Contains("<!channel>", StringComparison.Ordinal));
        Assert.Single(_slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ" && c.Field("text")!.Contains("moves from", StringComparison.Ordinal));
        var stored = await _host.Services.GetRequiredService<CommitmentService>().GetAsync(Workspace, commitment.Id);
        Assert.Equal(new DateOnly(2027, 1, 15), stored!.DueDate);
    }

    [Fact]
    public async Task Digest_command_posts_the_channel_digest_and_digest_weekly_schedules_it()
    {
        var service = _host.Services.GetRequiredService<CommitmentService>();
        await service.CreateAsync(Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");

        var posted = await _wire.CommandAsync("/digest", "", "U0OWNER", "C0PROJ", _slack.ResponseUrl("d1"));
        var scheduled = await _wire.CommandAsync("/digest", "weekly monday 09:00", "U0OWNER", "C0PROJ", _slack.ResponseUrl("d2"));

        Assert.Contains("Posted this channel's digest", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_slack.Delivered("chat.postMessage"), c => c.Field("channel") == "C0PROJ");
        Assert.Contains("weekly monday 09:00 (Europe/Berlin)", await scheduled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_text_gets_help_only_the_user_sees()
    {
        var response = await _wire.CommandAsync("/slip", "help", "U0OWNER", "C0PROJ", _slack.ResponseUrl("h"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("Here is what I can do", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Url_verification_is_answered_and_a_retried_event_has_one_effect()
    {
        var check = await _wire.PostAsync("/slack/events", """{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", "application/json");
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        const string home = """{"type":"event_callback","team_id":"T0123","api_app_id":"A1","event_id":"Ev1","event_time":1700000000,"event":{"type":"app_home_opened","user":"U0OWNER","channel":"D1","tab":"home"}}""";
        Assert.Equal(HttpStatusCode.OK, (await _wire.PostAsync("/slack/events", home, "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _wire.PostAsync("/slack/events", home, "application/json", retryNum: "1")).StatusCode);

        // A later, different event is published after the retry was answered; a retry handled again would publish too.
        Assert.Equal(HttpStatusCode.OK, (await _wire.PostAsync("/slack/events", home.Replace("\"Ev1\"", "\"Ev2\"", StringComparison.Ordinal), "application/json")).StatusCode);
        await Eventually(() => _slack.Delivered("views.publish").Count >= 2);
        Assert.Equal(2, _slack.Delivered("views.publish").Count);
    }

    private async Task<JsonObject> OpenedViewAfter(Func<Task<HttpResponseMessage>> act)
    {
        var before = _slack.Delivered("views.open").Count;
        Assert.Equal(HttpStatusCode.OK, (await act()).StatusCode);
        await Eventually(() => _slack.Delivered("views.open").Count > before);
        Assert.Equal(before + 1, _slack.Delivered("views.open").Count);
        return _slack.Delivered("views.open")[^1].Json!["view"]!.AsObject();
    }

    private static JsonObject View(JsonObject answer) => answer["view"]!.AsObject();

    private static List<JsonNode> Buttons(FakeSlackCall call) =>
        [.. (call.Json?["blocks"]?.AsArray() ?? []).Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()!).OfType<JsonNode>()];

    /// <summary>Waits (bounded) for background work that answers Slack after the acknowledgement.</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "The expected Slack call did not happen within 10 s.");
    }
}
