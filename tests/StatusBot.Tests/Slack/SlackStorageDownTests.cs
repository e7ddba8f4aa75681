using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Slack.Inbound;

namespace StatusBot.Tests.Slack;

public sealed class SlackStorageDownTests : IAsyncLifetime
{
    private readonly StorageOutage _outage = new();
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync(_outage.Install);

    public async Task DisposeAsync()
    {
        _outage.Release();
        await _s.DisposeAsync();
    }

    [Fact]
    public async Task Owner_whose_answer_cannot_be_stored_is_asked_to_try_again_and_nothing_is_stored()
    {
        var commitment = await CommitmentAsync();
        await _s.Get<CheckInRunner>().CheckInNowAsync(SlackHost.Workspace, commitment.Id);
        var question = Assert.Single(_s.Slack.Delivered("chat.postMessage"));
        var onTrack = SlackHost.Buttons(question).Single(b => (string?)b["value"] == $"{commitment.Id}|ontrack");
        var before = await _s.Get<CommitmentService>().HistoryAsync(SlackHost.Workspace, commitment.Id);

        _outage.FailWrites();
        var clicked = await _s.Wire.ClickAsync("U0OWNER", (string)onTrack["action_id"]!, (string)onTrack["value"]!, "DU0OWNER", "1700000001.000100", _s.Slack.ResponseUrl("down"));

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        await SlackHost.Eventually(() => _s.Slack.Delivered("response_url").Count == 1);
        Assert.Equal(SlackAck.TryAgain, _s.Slack.Delivered("response_url")[0].Field("text"));
        Assert.True(_outage.Failures > 0);
        _outage.End();
        var stored = await _s.Get<CommitmentService>().GetAsync(SlackHost.Workspace, commitment.Id);
        Assert.Equal(Health.Unknown, stored!.Health);
        Assert.Equal(before.Count, (await _s.Get<CommitmentService>().HistoryAsync(SlackHost.Workspace, commitment.Id)).Count);
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method == "chat.update");

        // A minute later, as the message asks, the same button works.
        _s.Clock.Advance(TimeSpan.FromMinutes(1));
        await _s.Wire.ClickAsync("U0OWNER", (string)onTrack["action_id"]!, (string)onTrack["value"]!, "DU0OWNER", "1700000001.000100", _s.Slack.ResponseUrl("up"));
        await SlackHost.Eventually(() => _s.Slack.Delivered("chat.update").Count == 1);
        Assert.Equal(Health.OnTrack, (await _s.Get<CommitmentService>().GetAsync(SlackHost.Workspace, commitment.Id))!.Health);
    }

    [Fact]
    public async Task Command_waiting_on_a_hung_store_is_acknowledged_within_the_budget_then_told_to_try_again()
    {
        var commitment = await CommitmentAsync();
        _outage.Stall();

        var answer = _s.Wire.CommandAsync("/slip", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("slow"));
        await _outage.Stalled.WaitAsync(TimeSpan.FromSeconds(10));
        // Only the ack budget passes on the clock; storage still has not answered.
        for (var i = 0; i < 100 && !answer.IsCompleted; i++)
        {
            _s.Clock.Advance(SlackAck.Budget);
            await Task.WhenAny(answer, Task.Delay(50));
        }

        var acknowledged = await answer;
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("Working on it…", JsonNode.Parse(await acknowledged.Content.ReadAsStringAsync())!["text"]!.GetValue<string>());
        Assert.Empty(_s.Slack.Delivered("response_url"));

        _outage.Release();
        await SlackHost.Eventually(() => _s.Slack.Delivered("response_url").Count == 1);
        Assert.Equal(SlackAck.TryAgain, _s.Slack.Delivered("response_url")[0].Field("text"));
        _outage.End();
        Assert.Null(await _s.Get<ISlipStore>().GetAsync(SlackHost.Workspace, commitment.Id));
        Assert.Empty(_s.Slack.Delivered("views.open"));
    }

    [Fact]
    public async Task Home_tab_opened_while_storage_is_down_says_to_try_again()
    {
        await CommitmentAsync();
        _outage.FailAll();

        Assert.Equal(HttpStatusCode.OK, (await _s.Wire.HomeOpenedAsync("U0OWNER", "Ev1")).StatusCode);

        await SlackHost.Eventually(() => _s.Slack.Delivered("views.publish").Count == 1);
        Assert.Contains(SlackAck.TryAgain, _s.Slack.Delivered("views.publish")[0].Json!["view"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<Commitment> CommitmentAsync() =>
        (await _s.Get<CommitmentService>().CreateAsync(SlackHost.Workspace, new CommitmentInput("Export API", "Acme", "2026-12-18", "Europe/Berlin", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER")).Value!;
}
