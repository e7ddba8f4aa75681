using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackInteractionParserTests
{
    private static T ParseSample<T>(string name)
        where T : SlackInteraction
    {
        var result = SlackInteractionParser.Parse(TestData.InteractionForm(name));
        Assert.True(result.IsSuccess, result.Error);
        return Assert.IsType<T>(result.Value);
    }

    [Fact]
    public void Parse_ButtonInMessage_ReadsActionAndMessage()
    {
        var actions = ParseSample<SlackBlockActions>("interaction-block-actions-message.json");

        Assert.Equal("T3MDE", actions.TeamId);
        Assert.Equal("U0CA5", actions.UserId);
        Assert.Equal("A0CA5", actions.ApiAppId);
        Assert.Equal("12466734323.1395872398", actions.TriggerId);
        Assert.Equal(new Uri("https://hooks.slack.com/actions/AABA1ABCD/1232321423432/D09sSasdasdAS9091209"), actions.ResponseUrl);
        Assert.Equal(new SlackContainer("message", "C0CA5", "1548261231.000200", null), actions.Container);
        Assert.Equal(new SlackAction("checkin.on_track", "checkin:7", "button", "7"), Assert.Single(actions.Actions));
        Assert.Null(actions.View);
        Assert.Empty(actions.Values);
    }

    [Fact]
    public void Parse_ButtonInMessageWithInput_ReadsTheInputFromState()
    {
        var actions = ParseSample<SlackBlockActions>("interaction-block-actions-message-input.json");

        Assert.Equal(new SlackAction("slip.changes", "Xn4e", "button", "c-42"), Assert.Single(actions.Actions));
        Assert.Equal("Name the new date & who is on it <@U0OWNER>", actions.Values["changesNote"]["changesNote"]);
    }

    [Fact]
    public void Parse_ButtonInModal_ReadsTheInputsFromTheViewState()
    {
        var json = """
            {"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"trigger_id":"t","container":{"type":"view","view_id":"V1"},
             "actions":[{"action_id":"slip.back","type":"button","value":"c-42"}],
             "view":{"id":"V1","type":"modal","state":{"values":{"newDate":{"newDate":{"type":"datepicker","selected_date":"2027-01-15"}}}}}}
            """;

        var result = SlackInteractionParser.Parse(TestData.Form("payload=" + Uri.EscapeDataString(json)));

        Assert.Equal("2027-01-15", ((SlackBlockActions)result.Value!).Values["newDate"]["newDate"]);
    }

    [Fact]
    public void Parse_SelectInModal_ReadsOptionValueAndView()
    {
        var actions = ParseSample<SlackBlockActions>("interaction-block-actions-modal.json");

        Assert.Equal(new SlackAction("slip.reason", "reason", "static_select", "blocked"), Assert.Single(actions.Actions));
        Assert.Equal("view", actions.Container.Type);
        Assert.Equal("V0PKB1ZFV", actions.Container.ViewId);
        Assert.Null(actions.ResponseUrl);
        Assert.Equal(new SlackViewInfo("V0PKB1ZFV", "1586979478.bWdr4qHv", "slip.edit", "{\"commitment\":\"c-42\"}") { Type = "modal" }, actions.View);
        Assert.False(actions.View!.IsHome);
    }

    [Fact]
    public void Parse_ButtonInHomeTab_ReadsAHomeViewWithoutResponseUrl()
    {
        var actions = ParseSample<SlackBlockActions>("interaction-block-actions-home.json");

        Assert.Equal(new SlackAction("checkin.answer#0", "Vb1J", "button", "c-42|ontrack"), Assert.Single(actions.Actions));
        Assert.Equal(new SlackContainer("view", null, null, "VHOME1ZFV"), actions.Container);
        Assert.True(actions.View!.IsHome);
        Assert.Equal("VHOME1ZFV", actions.View.Id);
        Assert.Null(actions.ResponseUrl);
    }

    [Fact]
    public void Parse_ButtonInEphemeralMessage_SaysSo()
    {
        var json = """
            {"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"trigger_id":"t","response_url":"https://hooks.slack.com/actions/T1/1/x",
             "container":{"type":"message","message_ts":"1.2","channel_id":"C1","is_ephemeral":true},"actions":[{"action_id":"slip.start","type":"button","value":"c-42"}]}
            """;

        var result = SlackInteractionParser.Parse(TestData.Form("payload=" + Uri.EscapeDataString(json)));

        Assert.True(((SlackBlockActions)result.Value!).Container.IsEphemeral);
    }

    [Fact]
    public void Parse_ViewSubmission_ReadsViewAndValues()
    {
        var submission = ParseSample<SlackViewSubmission>("interaction-view-submission.json");

        Assert.Equal(new SlackViewInfo("VNHU13V36", "156663117.cd33ad1f", "commitment.new", "channel=C0CA5") { Type = "modal" }, submission.View);
        Assert.Equal("12345.98765.abcd2358fdea", submission.TriggerId);
        Assert.Equal("Send the proposal & <@U0BOSS>", submission.Values["what"]["what_input"]);
        Assert.Equal("2026-11-27", submission.Values["due"]["due_date"]);
        Assert.Equal("daily", submission.Values["cadence"]["cadence_select"]);
        Assert.Equal("09:30", submission.Values["reminder"]["reminder_time"]);
        Assert.Equal("1764237600", submission.Values["deadline"]["deadline_at"]);
        Assert.Equal("U0OWNER", submission.Values["owner"]["owner_select"]);
        Assert.Null(submission.Values["note"]["note_input"]);
        Assert.Null(submission.Values["priority"]["priority_select"]);
        Assert.Equal("U1,U2", submission.Values["watchers"]["watchers_select"]); // a multi-select of people, comma-separated for Core
    }

    [Fact]
    public void Parse_ViewClosed_ReadsView()
    {
        var closed = ParseSample<SlackViewClosed>("interaction-view-closed.json");

        Assert.Equal("commitment.new", closed.View.CallbackId);
        Assert.Equal("channel=C0CA5", closed.View.PrivateMetadata);
        Assert.False(closed.IsCleared);
    }

    [Fact]
    public void Parse_Shortcut_FailsAsUnsupported()
    {
        var result = SlackInteractionParser.Parse(TestData.InteractionForm("interaction-shortcut.json"));

        Assert.False(result.IsSuccess);
        Assert.Contains("'shortcut' is not supported", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OrgInstallWithNullTeam_UsesUserTeam()
    {
        var json = """{"type":"view_closed","team":null,"user":{"id":"U1","team_id":"T9"},"view":{"id":"V1"}}""";

        var result = SlackInteractionParser.Parse(TestData.Form("payload=" + Uri.EscapeDataString(json)));

        Assert.Equal("T9", result.Value!.TeamId);
        Assert.Equal(string.Empty, ((SlackViewClosed)result.Value).View.CallbackId);
    }

    [Theory]
    [InlineData("", "no payload field")]
    [InlineData("text=hello", "no payload field")]
    [InlineData("payload=%7Bnot+json", "not valid JSON")]
    [InlineData("payload=null", "is null")]
    [InlineData("payload=%5B1%2C2%5D", "not valid JSON")]
    [InlineData("payload=%7B%22type%22%3A%22block_actions%22%7D", "user.id or team.id")]
    public void Parse_MalformedBody_FailsWithMessage(string body, string expected)
    {
        var result = SlackInteractionParser.Parse(TestData.Form(body));

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"user":{"id":"U1"},"team":{"id":"T1"}}""", "no type")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"trigger_id":"t","container":{"type":"message"}}""", "no actions")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"trigger_id":"t","container":{"type":"message"},"actions":[{"value":"1"}]}""", "without action_id")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"actions":[{"action_id":"a"}]}""", "trigger_id or container.type")]
    [InlineData("""{"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"}}""", "view.id")]
    [InlineData("""{"type":"view_closed","user":{"id":"U1"},"team":{"id":"T1"},"view":{}}""", "view.id")]
    [InlineData("""{"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"},"view":{"id":"V1","state":{"values":[]}}}""", "not valid JSON")]
    [InlineData("""{"type":42,"user":{"id":"U1"},"team":{"id":"T1"}}""", "not valid JSON")]
    public void Parse_MissingOrWrongFields_FailsWithMessage(string json, string expected)
    {
        var result = SlackInteractionParser.Parse(TestData.Form("payload=" + Uri.EscapeDataString(json)));

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
