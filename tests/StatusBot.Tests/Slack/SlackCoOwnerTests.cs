using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Tests.Slack;

/// <summary>Through the whole host and a fake Slack: co-owners picked in the modal are all asked, and the first answer counts.</summary>
public sealed class SlackCoOwnerTests : IAsyncLifetime
{
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Co_owners_picked_in_the_modal_are_asked_and_the_owner_sees_who_answered_first()
    {
        var view = await _s.OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("c1")));
        var picker = view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "coOwners")!["element"]!;
        Assert.Equal("multi_users_select", (string?)picker["type"]);

        await _s.Wire.SubmitAsync("U0OWNER", view,
            ("title", "plain_text_input", "Export API"), ("customer", "plain_text_input", "Acme"), ("dueDate", "datepicker", "2026-12-18"),
            ("customerDestination", "plain_text_input", "C0ACME"), ("timeZone", "plain_text_input", "Europe/Berlin"), ("coOwners", "multi_users_select", "U0MARIA"));
        var commitment = Assert.Single(await _s.Get<CommitmentService>().ListAsync(SlackHost.Workspace));
        Assert.Equal(["U0MARIA"], commitment.CoOwners);

        await _s.Get<CheckInRunner>().CheckInNowAsync(SlackHost.Workspace, commitment.Id);
        var questions = _s.Slack.Delivered("chat.postMessage");
        Assert.Equal(["DU0OWNER", "DU0MARIA"], questions.Select(q => q.Field("channel")));

        var onTrack = SlackHost.Buttons(questions[1]).Single(b => b["value"]!.GetValue<string>().EndsWith("|ontrack", StringComparison.Ordinal));
        await _s.Wire.ClickAsync("U0MARIA", onTrack["action_id"]!.GetValue<string>(), onTrack["value"]!.GetValue<string>(), "DU0MARIA", "1700000002.000100", _s.Slack.ResponseUrl("m"));
        await SlackHost.Eventually(() => _s.Slack.Delivered("chat.update").Any(u => u.Field("channel") == "DU0OWNER"));

        var toOwner = _s.Slack.Delivered("chat.update").Single(u => u.Field("channel") == "DU0OWNER");
        Assert.Equal("1700000001.000100", toOwner.Field("ts"));
        Assert.Contains("answered On track", toOwner.Field("text"), StringComparison.Ordinal);
        Assert.Empty(SlackHost.Buttons(toOwner));

        var late = SlackHost.Buttons(questions[0]).Single(b => b["value"]!.GetValue<string>().EndsWith("|atrisk", StringComparison.Ordinal));
        await _s.Wire.ClickAsync("U0OWNER", late["action_id"]!.GetValue<string>(), late["value"]!.GetValue<string>(), "DU0OWNER", "1700000001.000100", _s.Slack.ResponseUrl("o"));
        await SlackHost.Eventually(() => _s.Slack.Delivered("response_url").Any(c => c.Field("text")?.Contains("already answered On track", StringComparison.Ordinal) == true));
        Assert.Equal(Health.OnTrack, (await _s.Get<CommitmentService>().GetAsync(SlackHost.Workspace, commitment.Id))!.Health);
    }

    [Fact]
    public async Task Owner_hands_a_commitment_over_in_the_edit_modal_and_the_new_owner_is_told()
    {
        var created = await _s.Get<CommitmentService>().CreateAsync(SlackHost.Workspace,
            new CommitmentInput("Export API", "Acme", "2026-12-18", "Europe/Berlin", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");
        var view = await _s.OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "edit export", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("e1")));
        var owner = view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == "owner")!["element"]!;
        Assert.Equal(("users_select", "U0OWNER"), ((string?)owner["type"], (string?)owner["initial_user"]));

        var saved = await _s.Wire.SubmitAsync("U0OWNER", view,
            ("owner", "users_select", "U0NEW"), ("channel", "conversations_select", "C0PROJ"), ("dueDate", "datepicker", "2026-12-18"));

        Assert.Contains("now; they have been told.", saved["view"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("U0NEW", (await _s.Get<CommitmentService>().GetAsync(SlackHost.Workspace, created.Value!.Id))!.Owner);
        var told = Assert.Single(_s.Slack.Delivered("chat.postMessage"));
        Assert.Equal("DU0NEW", told.Field("channel"));
        Assert.Contains("over to you", told.Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_date_in_the_edit_modal_without_saying_why_shows_the_error_on_the_reason()
    {
        await _s.Get<CommitmentService>().CreateAsync(SlackHost.Workspace,
            new CommitmentInput("Export API", "Acme", "2026-12-18", "Europe/Berlin", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");
        var view = await _s.OpenedViewAfter(() => _s.Wire.CommandAsync("/commit", "edit", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("e2")));

        var refused = await _s.Wire.SubmitAsync("U0OWNER", view,
            ("owner", "users_select", "U0OWNER"), ("channel", "conversations_select", "C0PROJ"), ("dueDate", "datepicker", "2027-01-08"));

        Assert.Equal("errors", (string?)refused["response_action"]);
        Assert.Contains("ours (we need more time) or customer", (string?)refused["errors"]!["dueDateReason"], StringComparison.Ordinal);
    }
}
