using System.Text.Json.Nodes;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Tests.Slack;

public sealed class SlackApprovalTests : IAsyncLifetime
{
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Approver_who_requests_changes_with_a_note_in_slack_has_the_owner_read_the_note()
    {
        const string Note = "Say who is on it & when, not <!here> soon.";
        await _s.Get<CommitmentService>().CreateAsync(SlackHost.Workspace,
            new CommitmentInput("Export API", "Acme", "2026-12-18", "Europe/Berlin", "U0OWNER", "C0PROJ", "C0ACME", Approver: "U0BOSS"), "U0OWNER");
        await AskForApprovalAsync();

        var request = Assert.Single(_s.Slack.Delivered("chat.postMessage"), c => c.Field("channel") == "DU0BOSS");
        var input = Assert.Single(request.Json!["blocks"]!.AsArray(), b => (string?)b!["type"] == "input")!;
        Assert.Equal(("What should change?", "plain_text", false, true), ((string?)input["label"]!["text"], (string?)input["label"]!["type"], (bool)input["dispatch_action"]!, (bool)input["element"]!["multiline"]!));
        var changes = SlackHost.Buttons(request).Single(b => (string?)b["action_id"] == "slip.changes");

        var clicked = await _s.Wire.ClickAsync("U0BOSS", (string)changes["action_id"]!, (string)changes["value"]!, "DU0BOSS", "1700000042.000100",
            _s.Slack.ResponseUrl("boss"), SlackWire.Typed(input, Note));

        Assert.Equal(System.Net.HttpStatusCode.OK, clicked.StatusCode);
        await SlackHost.Eventually(() => ToOwner().Any(c => c.Field("text")!.Contains("asked for changes", StringComparison.Ordinal)));
        var told = Assert.Single(ToOwner(), c => c.Field("text")!.Contains("asked for changes", StringComparison.Ordinal));
        Assert.Contains("U0BOSS asked for changes before Acme sees the warning: Say who is on it &amp; when, not &lt;!here&gt; soon.", told.Field("text"), StringComparison.Ordinal);
        await SlackHost.Eventually(() => _s.Slack.Delivered("chat.update").Count == 1);
        var answered = _s.Slack.Delivered("chat.update")[0];
        Assert.Equal("DU0BOSS", answered.Field("channel"));
        Assert.DoesNotContain(answered.Json!["blocks"]!.AsArray(), b => (string?)b!["type"] is "input" or "actions");

        // The note stays with the draft: the owner reads it again on the form they revise.
        var revise = SlackHost.Buttons(told).Single(b => (string?)b["action_id"] == "slip.resume");
        var form = await _s.OpenedViewAfter(() => _s.Wire.ClickAsync("U0OWNER", (string)revise["action_id"]!, (string)revise["value"]!, "DU0OWNER", "1700000043.000100", _s.Slack.ResponseUrl("owner")));
        Assert.Equal("slip.parts", (string?)form["callback_id"]);
        Assert.Contains("not &lt;!here&gt; soon.", form["blocks"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    /// <summary>The owner walks /slip to the preview and sends it, which asks the approver.</summary>
    private async Task AskForApprovalAsync()
    {
        var dateForm = await _s.OpenedViewAfter(() => _s.Wire.CommandAsync("/slip", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("slip")));
        var partsForm = (await _s.Wire.SubmitAsync("U0OWNER", dateForm, ("newDate", "datepicker", "2027-01-15")))["view"]!.AsObject();
        var preview = (await _s.Wire.SubmitAsync("U0OWNER", partsForm,
            ("facts", "plain_text_input", "The export will not be ready on 18 December."),
            ("context", "plain_text_input", "Load tests showed large accounts time out; the fix needs a schema change."),
            ("impact", "plain_text_input", "Your year-end report cannot use the export until then."),
            ("plan", "plain_text_input", "Two engineers are on it; smaller exports from the reports page work meanwhile."),
            ("ask", "plain_text_input", "Does 15 January work for you? Reply here with any concern.")))["view"]!.AsObject();
        var sent = await _s.Wire.SubmitAsync("U0OWNER", preview);
        // The approver is mentioned (Slack shows their name), not named by a bare id.
        Assert.Contains("Sent to <@U0BOSS> for approval", sent.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    private List<FakeSlackCall> ToOwner() => [.. _s.Slack.Delivered("chat.postMessage").Where(c => c.Field("channel") == "DU0OWNER")];
}
