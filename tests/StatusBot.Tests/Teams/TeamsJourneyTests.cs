using StatusBot.Core.ChatActions;
using StatusBot.Core.Chat;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Teams;

public sealed class TeamsJourneyTests : IAsyncLifetime, IDisposable
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-" + TeamsWire.Tenant);
    private const string ProjectChannel = "19:project@thread.tacv2";
    private FakeOpenIdServer _keys = null!;
    private FakeConnectorServer _connector = null!;
    private StatusBotFactory _host = null!;
    private TeamsWire _wire = null!;

    public async Task InitializeAsync()
    {
        _keys = await FakeOpenIdServer.StartAsync();
        var key = _keys.AddKey("k1", "msteams");
        _connector = await FakeConnectorServer.StartAsync();
        _host = new StatusBotFactory(TeamsWire.HostSettings(_keys, _connector));
        _wire = new TeamsWire(_host.CreateClient(), key, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _keys.DisposeAsync();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Owner_installs_adds_a_commitment_answers_slipping_and_the_customer_channel_gets_one_warning()
    {
        var (commitment, newDate) = await ToPreviewAsync();
        _connector.FailNext(1, new FakeConnectorFault(429, 0));
        Assert.Contains("Your warning reached Acme", await InvokeAsync("slip.send", commitment.Id), StringComparison.Ordinal);
        Assert.Contains("already been sent", await InvokeAsync("slip.send", commitment.Id), StringComparison.Ordinal);

        var spelled = newDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Single(_connector.Delivered, c => Uri.UnescapeDataString(c.Path).Contains(TeamsWire.CustomerChannel, StringComparison.Ordinal) && c.Json!.ToJsonString().Contains(spelled, StringComparison.Ordinal));
        Assert.Contains(_connector.Delivered, c => Uri.UnescapeDataString(c.Path).Contains(ProjectChannel, StringComparison.Ordinal) && c.Json!.ToJsonString().Contains("moves from", StringComparison.Ordinal));
        // Card text is markdown: the title's asterisks arrive escaped, so Teams shows them instead of bold.
        var cards = _connector.Delivered.Select(c => c.Json?["attachments"]?[0]?["content"]?["body"]?.ToJsonString() ?? "").ToList();
        Assert.Contains(cards, c => c.Contains(@"Export \\*\\*API\\*\\*", StringComparison.Ordinal));
        Assert.DoesNotContain(cards, c => c.Contains("Export **API**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_activity_with_a_token_for_another_bot_is_refused_and_nothing_happens()
    {
        var wrongAudience = new TestTokens(DateTimeOffset.UtcNow).Create(_keys.AddKey("k2", "msteams"), audience: "00000000-0000-0000-0000-000000000000", serviceUrl: _connector.ServiceUrl.ToString());

        var response = await _wire.PostAsync(_wire.Personal("message", a => a["text"] = "help"), wrongAudience);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_redelivered_message_is_answered_once()
    {
        var help = _wire.Personal("message", a => a["text"] = "<at>StatusBot</at> help");

        await _wire.PostAsync(help);
        await _wire.PostAsync(help);

        Assert.Contains("Here is what I can do", Assert.Single(_connector.Delivered).Json!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Owner_adds_a_commitment_for_a_channel_statusbot_was_never_added_to_and_is_told_how_to_add_it()
    {
        await _wire.PostAsync(_wire.Personal("installationUpdate", a => a["action"] = "add"));
        await _wire.PostAsync(_wire.InChannel("conversationUpdate", TeamsWire.CustomerChannel, a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsWire.Bot })));

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = await InvokeAsync("commit.create", "", ("title", "Export API"), ("customer", "Acme"), ("dueDate", due),
            ("customerDestination", TeamsWire.CustomerChannel), ("channel", ProjectChannel), ("timeZone", "Europe/Berlin"));

        Assert.Contains("Added Export API", added, StringComparison.Ordinal);
        Assert.Contains($"StatusBot has not been added to the Teams channel {ProjectChannel}: add StatusBot to its team (https://teams.microsoft.com/l/chat/0/0?users=28:{TestTokens.AppId}).", added, StringComparison.Ordinal);
        var service = _host.Services.GetRequiredService<CommitmentService>();
        var problem = Assert.Single(await service.ReachProblemsAsync(Assert.Single(await service.ListAsync(Workspace))));
        Assert.Equal((ProjectChannel, "not_installed"), (problem.Data[ReachEvents.Address], problem.Data[ReachEvents.Code]));
    }

    [Fact]
    public async Task Owner_names_a_co_owner_who_has_not_added_statusbot_and_is_told_to_send_them_the_link()
    {
        await _wire.PostAsync(_wire.Personal("installationUpdate", a => a["action"] = "add"));
        foreach (var channel in new[] { TeamsWire.CustomerChannel, ProjectChannel })
        {
            await _wire.PostAsync(_wire.InChannel("conversationUpdate", channel, a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsWire.Bot })));
        }

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = await InvokeAsync("commit.create", "", ("title", "Export API"), ("customer", "Acme"), ("dueDate", due),
            ("customerDestination", TeamsWire.CustomerChannel), ("channel", ProjectChannel), ("timeZone", "Europe/Berlin"), ("coOwners", "29:maria, " + TeamsWire.Owner));

        Assert.Contains($"29:maria has not installed StatusBot in Teams: send them this link to add it: https://teams.microsoft.com/l/chat/0/0?users=28:{TestTokens.AppId}", added, StringComparison.Ordinal);
        Assert.Equal(["29:maria"], Assert.Single(await _host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace)).CoOwners);
    }

    [Fact]
    public async Task A_send_slower_than_Teams_waits_is_answered_working_on_it_and_the_card_is_updated_when_done()
    {
        var (commitment, newDate) = await ToPreviewAsync();
        _connector.FailNext(1, new FakeConnectorFault(429, (int)TeamsActivityHandler.InvokeBudget.TotalSeconds + 2));
        var click = _wire.Execute("slip.send", commitment.Id);
        click["replyToId"] = "card-preview";

        var answer = JsonNode.Parse(await (await _wire.PostAsync(click)).Content.ReadAsStringAsync())!;

        Assert.Equal(TeamsActivityHandler.WorkingOnIt, answer["value"]?["fallbackText"]?.GetValue<string>());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_connector.Delivered.Any(IsUpdatedCard) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Contains("Your warning reached Acme", Assert.Single(_connector.Delivered, IsUpdatedCard).Json!.ToJsonString(), StringComparison.Ordinal);
        var spelled = newDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Single(_connector.Delivered, c => Uri.UnescapeDataString(c.Path).Contains(TeamsWire.CustomerChannel, StringComparison.Ordinal) && c.Json!.ToJsonString().Contains(spelled, StringComparison.Ordinal));

        static bool IsUpdatedCard(FakeConnectorCall call) => call.Path.EndsWith("/activities/card-preview", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_typed_command_shows_the_typing_indicator_and_a_quick_one_does_not()
    {
        await ToPreviewAsync();
        await _wire.PostAsync(_wire.Personal("message", a => a["text"] = "help"));
        Assert.DoesNotContain(_connector.Calls, IsTyping);

        // The digest's post is throttled for a few seconds, so the command outlasts the indicator's threshold.
        _connector.FailNext(1, new FakeConnectorFault(429, 2));
        await _wire.PostAsync(_wire.Personal("message", a => a["text"] = "digest"));

        var calls = _connector.Delivered.ToList();
        var typing = calls.FindIndex(IsTyping);
        var answer = calls.FindIndex(c => c.Json!.ToJsonString().Contains("Posted the digest", StringComparison.Ordinal));
        Assert.True(typing >= 0 && answer > typing, $"typing at {typing}, answer at {answer}");
        Assert.Contains(TeamsWire.Dm, Uri.UnescapeDataString(calls[typing].Path), StringComparison.Ordinal);

        static bool IsTyping(FakeConnectorCall call) => call.Json?["type"]?.GetValue<string>() == "typing";
    }

    /// <summary>Installs, adds a commitment, answers its check-in "slipping" and writes the warning up to its preview.</summary>
    [Fact]
    public async Task Customer_clicks_an_answer_twice_in_the_shared_channel_and_owner_and_channel_are_told_once()
    {
        var (commitment, _) = await ToPreviewAsync();
        await InvokeAsync("slip.send", commitment.Id);
        var warning = _connector.Delivered.Last(c => Uri.UnescapeDataString(c.Path).Contains(TeamsWire.CustomerChannel, StringComparison.Ordinal)).Json!;
        var actions = warning["attachments"]![0]!["content"]!["actions"]!.AsArray();
        Assert.Equal(["The new date works", "We need it sooner", "Let's talk"], actions.Select(a => (string)a!["title"]!));
        var talk = actions[2]!["data"]!["statusbot"]!;
        var before = _connector.Delivered.Count;

        foreach (var _ in new[] { 1, 2 })
        {
            var click = _wire.InChannel("invoke", TeamsWire.CustomerChannel, a =>
            {
                a["from"] = new JsonObject { ["id"] = "29:customer", ["name"] = "Cleo <b>" };
                a["name"] = "adaptiveCard/action";
                a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string)talk["actionId"]!, ["data"] = new JsonObject { ["statusbot"] = talk.DeepClone() } } };
            });
            var answer = await _wire.PostAsync(click);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("Thank you", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var told = _connector.Delivered.Skip(before).Select(c => (Path: Uri.UnescapeDataString(c.Path), Json: c.Json!.ToJsonString())).Where(c => c.Json.Contains("answered the warning", StringComparison.Ordinal)).ToList();
        Assert.Single(told, c => c.Path.Contains(ProjectChannel, StringComparison.Ordinal));
        Assert.Single(told, c => c.Path.Contains(TeamsWire.Dm, StringComparison.Ordinal));
        var history = await _host.Services.GetRequiredService<CommitmentService>().HistoryAsync(Workspace, commitment.Id);
        Assert.Equal("29:customer", Assert.Single(history, e => e.Kind == CommitmentEventKind.CustomerAnswered).Actor);
    }

    private async Task<(Commitment Commitment, DateOnly NewDate)> ToPreviewAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await _wire.PostAsync(_wire.Personal("installationUpdate", a => a["action"] = "add"))).StatusCode);
        Assert.Contains(ChatHelp.Greeting.Text, Single(TeamsWire.Dm)["attachments"]![0]!["content"]!["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var channel in new[] { TeamsWire.CustomerChannel, ProjectChannel })
        {
            await _wire.PostAsync(_wire.InChannel("conversationUpdate", channel, a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsWire.Bot })));
        }


        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = await InvokeAsync("commit.create", "", ("title", "Export **API**"), ("customer", "Acme"), ("dueDate", due),
            ("customerDestination", TeamsWire.CustomerChannel), ("channel", ProjectChannel), ("timeZone", "Europe/Berlin"));
        Assert.Contains("Added Export", added, StringComparison.Ordinal);
        var commitment = Assert.Single(await _host.Services.GetRequiredService<CommitmentService>().ListAsync(Workspace));

        await _host.Services.GetRequiredService<CheckInRunner>().CheckInNowAsync(Workspace, commitment.Id);
        Assert.Contains("slipping", _connector.Delivered[^1].Json!.ToJsonString(), StringComparison.Ordinal);
        var answered = await InvokeAsync("checkin.answer", commitment.Id + "|slipping");
        Assert.Contains("answered Slipping", answered, StringComparison.Ordinal);
        Assert.Contains("When can Acme realistically expect", _connector.Delivered[^1].Json!.ToJsonString(), StringComparison.Ordinal);

        var newDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        Assert.Contains("Write the warning", await InvokeAsync("slip.date", commitment.Id, ("newDate", newDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), StringComparison.Ordinal);
        var preview = await InvokeAsync("slip.parts", commitment.Id, ("facts", "The export will not be ready on the date we gave you."),
            ("impact", "Your report cannot use it until then."), ("plan", "Two engineers are on it; small exports work meanwhile."), ("ask", "Does the new date work for you?"));
        Assert.Contains("as the customer will read it", preview, StringComparison.Ordinal);
        return (commitment, newDate);
    }

    private async Task<string> InvokeAsync(string actionId, string value, params (string Id, string Value)[] inputs)
    {
        var response = await _wire.PostAsync(_wire.Execute(actionId, value, inputs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]?["fallbackText"]?.GetValue<string>() ?? body.ToJsonString();
    }

    private JsonObject Single(string conversation) =>
        Assert.Single(_connector.Delivered, c => Uri.UnescapeDataString(c.Path).Contains(conversation, StringComparison.Ordinal)).Json!;
}
