using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Tests.Slack;

public sealed class SlackHomeTests : IAsyncLifetime
{
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Opening_the_home_tab_shows_each_of_my_commitments_with_buttons_to_act_on_it()
    {
        var export = await CommitmentAsync("Export <API>", "2026-12-18");
        var report = await CommitmentAsync("Year-end report", "2027-01-29");
        await CommitmentAsync("Someone else's", "2026-12-11", owner: "U0OTHER");

        var home = await HomeAfter(() => _s.Wire.HomeOpenedAsync("U0OWNER", "Ev1"));

        var blocks = home["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, 100);
        Assert.DoesNotContain("Someone else", blocks.ToJsonString(), StringComparison.Ordinal);
        foreach (var (commitment, heading) in new[] { (export, "*Export &lt;API&gt;*"), (report, "*Year-end report*") })
        {
            var at = blocks.ToList().FindIndex(b => ((string?)b!["text"]?["text"])?.StartsWith(heading, StringComparison.Ordinal) == true);
            Assert.Contains("next check-in", (string?)blocks[at]!["text"]!["text"], StringComparison.Ordinal);
            var buttons = SlackHost.Buttons(new JsonArray(blocks[at + 1]!.DeepClone()));
            Assert.Equal(["On track", "At risk", "Report a slip"], buttons.Select(b => (string?)b["text"]!["text"]));
            Assert.Equal([$"{commitment.Id}|ontrack", $"{commitment.Id}|atrisk", commitment.Id], buttons.Select(b => (string?)b["value"]));
        }
    }

    [Fact]
    public async Task On_track_clicked_in_the_home_tab_is_stored_told_by_direct_message_and_shown_in_the_tab()
    {
        var export = await CommitmentAsync("Export API", "2026-12-18");
        var onTrack = SlackHost.Buttons((await HomeAfter(() => _s.Wire.HomeOpenedAsync("U0OWNER", "Ev1")))["blocks"]!.AsArray())
            .Single(b => (string?)b["value"] == $"{export.Id}|ontrack");

        var refreshed = await HomeAfter(() => _s.Wire.HomeClickAsync("U0OWNER", (string)onTrack["action_id"]!, (string)onTrack["value"]!));

        Assert.Equal(Health.OnTrack, (await _s.Get<CommitmentService>().GetAsync(SlackHost.Workspace, export.Id))!.Health);
        Assert.Contains("Acme, due Friday 18 December 2026 (in 25 days); on track", refreshed.ToJsonString(), StringComparison.Ordinal);
        var told = _s.Slack.Delivered("chat.postMessage").Where(c => c.Field("channel") == "DU0OWNER").Select(c => c.Field("text")).ToList();
        Assert.Equal(2, told.Count);
        Assert.Contains("Export API for Acme, due Friday 18 December 2026: answered On track", told[0], StringComparison.Ordinal);
        Assert.StartsWith("Thanks.", told[1], StringComparison.Ordinal);
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method is "views.update" or "chat.update" or "response_url");
    }

    [Fact]
    public async Task Report_a_slip_clicked_in_the_home_tab_opens_the_warning_form()
    {
        var export = await CommitmentAsync("Export API", "2026-12-18");
        var slip = SlackHost.Buttons((await HomeAfter(() => _s.Wire.HomeOpenedAsync("U0OWNER", "Ev1")))["blocks"]!.AsArray())
            .Single(b => (string?)b["value"] == export.Id);

        var form = await _s.OpenedViewAfter(() => _s.Wire.HomeClickAsync("U0OWNER", (string)slip["action_id"]!, (string)slip["value"]!));

        Assert.Equal(("modal", "slip.date", export.Id), ((string?)form["type"], (string?)form["callback_id"], (string?)form["private_metadata"]));
        await SlackHost.Eventually(() => _s.Slack.Delivered("views.publish").Count == 2);
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method is "views.update" or "response_url");
    }

    private async Task<Commitment> CommitmentAsync(string title, string due, string owner = "U0OWNER") =>
        (await _s.Get<CommitmentService>().CreateAsync(SlackHost.Workspace, new CommitmentInput(title, "Acme", due, "Europe/Berlin", owner, "C0PROJ", "C0ACME"), owner)).Value!;

    /// <summary>The home view <paramref name="act"/> published (the next views.publish for the owner).</summary>
    private async Task<JsonObject> HomeAfter(Func<Task<HttpResponseMessage>> act)
    {
        var before = _s.Slack.Delivered("views.publish").Count;
        Assert.Equal(HttpStatusCode.OK, (await act()).StatusCode);
        await SlackHost.Eventually(() => _s.Slack.Delivered("views.publish").Count > before);
        var published = _s.Slack.Delivered("views.publish")[before];
        Assert.Equal("U0OWNER", published.Field("user_id"));
        return published.Json!["view"]!.AsObject();
    }
}
