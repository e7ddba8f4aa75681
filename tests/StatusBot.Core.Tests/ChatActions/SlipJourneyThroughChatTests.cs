using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.ChatActions;

public class SlipJourneyThroughChatTests
{
    [Fact]
    public async Task Owner_who_answers_slipping_gets_approval_and_the_customer_hears_once()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync(approver: ChatWorld.Approver);

        var preview = await world.ToPreviewAsync(commitment);
        Assert.Contains("as the customer will read it", preview.Form!.Text, StringComparison.Ordinal);
        var asked = await world.ClickAsync(SlipActions.Send, commitment.Id);
        Assert.Contains("Sent to U_BOSS for approval", asked.Messages[0].Text, StringComparison.Ordinal);
        var request = Assert.Single(world.Recorder.Sent, s => s.To.Id == ChatWorld.Approver);
        Assert.Contains(request.Message.Buttons, b => b.ActionId == SlipActions.Approve);
        Assert.Empty(world.ToCustomer());

        var approved = await world.ClickAsync(SlipActions.Approve, commitment.Id, ChatWorld.Approver);
        Assert.NotNull(approved.Answered);
        await world.ClickAsync(SlipActions.Approve, commitment.Id, ChatWorld.Approver);

        var warning = Assert.Single(world.ToCustomer());
        Assert.Contains("Friday 10 April 2026", warning.Text, StringComparison.Ordinal);
        Assert.Single(world.Recorder.Sent, s => s.To.Id == ChatWorld.Channel && s.Message.Text.Contains("moves from", StringComparison.Ordinal));
        Assert.Contains(world.Recorder.Sent, s => s.To.Id == ChatWorld.Owner && s.Message.Text.Contains("reached Acme", StringComparison.Ordinal));
        var stored = await world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id);
        Assert.Equal(new DateOnly(2026, 4, 10), stored!.DueDate);
        var history = await world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id);
        var sent = Assert.Single(history, e => e.Kind == CommitmentEventKind.WarningSent);
        Assert.Equal("14", sent.Data[SlipEventData.LeadTimeWorkingDays]);
        Assert.Equal(ChatWorld.Approver, sent.Data[SlipEventData.ApprovedBy]);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.DueDateMoved);
        var steps = history.Where(e => e.Kind is CommitmentEventKind.SlipStarted or CommitmentEventKind.SlipProgressed)
            .Select(e => e.Data.GetValueOrDefault(SlipEventData.Step, "Started") + e.Data.GetValueOrDefault(SlipEventData.ApprovalStatus, ""));
        Assert.Equal(["Started", "Message", "Preview", "AwaitingApprovalPending", "SendingApproved"], steps);
        Assert.Contains(world.WakeUps.All, w => w.CommitmentId == commitment.Id && w.At > world.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_crash_after_the_send_and_a_restart_deliver_the_warning_once_and_record_it_once_within_a_minute()
    {
        var crashing = new CrashOnceAfterSending(new RecordingChatPort(), ChatWorld.Customer);
        var world = new ChatWorld(crashing);
        var commitment = await world.CommitmentAsync();
        await world.ToPreviewAsync(commitment);

        await Assert.ThrowsAsync<InvalidOperationException>(() => world.ClickAsync(SlipActions.Send, commitment.Id));
        Assert.Equal(SlipStep.Sending, (await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id))!.State.Step);

        // The restarted host finds the wake-up filed a minute ahead before the sending state was stored.
        await world.RunAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(SlipStep.Sent, (await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id))!.State.Step);
        await world.RunAsync(TimeSpan.FromMinutes(1));

        Assert.Single(crashing.Inner.Sent, s => s.To.Id == ChatWorld.Customer);
        Assert.Equal(SlipStep.Sent, (await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id))!.State.Step);
        var history = await world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.WarningSent);
        Assert.Single(history, e => e.Kind == CommitmentEventKind.DueDateMoved);
    }

    [Fact]
    public async Task Two_clicks_on_send_at_once_deliver_once()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        await world.ToPreviewAsync(commitment);

        await Task.WhenAll(world.ClickAsync(SlipActions.Send, commitment.Id), world.ClickAsync(SlipActions.Send, commitment.Id));

        Assert.Single(world.ToCustomer());
        Assert.Single(await world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id), e => e.Kind == CommitmentEventKind.WarningSent);
    }

    [Fact]
    public async Task A_warning_the_platform_cannot_take_stays_queued_and_goes_out_once_later()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        await world.ToPreviewAsync(commitment);
        world.Recorder.FailNext = 1;

        var response = await world.ClickAsync(SlipActions.Send, commitment.Id);
        Assert.Contains("stays queued", response.Messages[0].Text, StringComparison.Ordinal);
        Assert.Empty(world.ToCustomer());

        await world.RunAsync(SlipService.RetryDelay);
        Assert.Single(world.ToCustomer());
        await world.RunAsync(TimeSpan.FromDays(1));
        Assert.Single(world.ToCustomer());
    }

    [Fact]
    public async Task An_approver_who_does_not_answer_in_time_lets_the_owner_send()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync(approver: ChatWorld.Approver);
        await world.ToPreviewAsync(commitment);
        await world.ClickAsync(SlipActions.Send, commitment.Id);
        var early = await world.ClickAsync(SlipActions.Send, commitment.Id);
        Assert.Contains("waiting for U_BOSS", early.Messages[0].Text, StringComparison.Ordinal);

        await world.RunAsync(TimeSpan.FromDays(2));

        Assert.Contains(world.Recorder.Sent, s => s.To.Id == ChatWorld.Owner && s.Message.Text.Contains("has not answered", StringComparison.Ordinal));
        await world.ClickAsync(SlipActions.Send, commitment.Id);
        Assert.Single(world.ToCustomer());
    }

    [Fact]
    public async Task An_abandoned_draft_is_kept_and_its_owner_reminded_the_next_working_morning()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        await world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping));

        await world.RunAsync(TimeSpan.FromDays(1));

        var reminder = Assert.Single(world.Recorder.Sent, s => s.Message.Text.Contains("still a draft", StringComparison.Ordinal));
        Assert.Equal(ChatWorld.Owner, reminder.To.Id);
        var reopened = await world.ClickAsync(SlipActions.Resume, commitment.Id);
        Assert.Equal(SlipActions.SubmitDate, reopened.Form!.FormActions[0].ActionId);
        var again = await world.CommandAsync("slip");
        Assert.Equal(SlipActions.SubmitDate, again.Form!.FormActions[0].ActionId);
    }

    [Fact]
    public async Task A_draft_reminder_the_platform_does_not_take_is_kept_and_sent_once_on_a_later_wake_up()
    {
        var flaky = new FailsOnce(new RecordingChatPort(), "still a draft");
        var world = new ChatWorld(flaky);
        var commitment = await world.CommitmentAsync();
        await world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping));

        await world.RunAsync(TimeSpan.FromDays(1));
        Assert.True(flaky.Failed);
        Assert.DoesNotContain(flaky.Inner.Sent, s => s.Message.Text.Contains("still a draft", StringComparison.Ordinal));
        Assert.Single((await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id))!.State.Undelivered!);

        await world.RunAsync(SlipService.RetryDelay);
        await world.RunAsync(TimeSpan.FromHours(1));

        Assert.Single(flaky.Inner.Sent, s => s.Message.Text.Contains("still a draft", StringComparison.Ordinal) && s.To.Id == ChatWorld.Owner);
        Assert.Null((await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id))!.State.Undelivered);
    }

    /// <summary>Refuses, for now, the first message whose text holds <paramref name="text"/>; the rest go to the inner port.</summary>
    private sealed class FailsOnce(RecordingChatPort inner, string text) : IChatPort
    {
        public RecordingChatPort Inner => inner;

        public bool Failed { get; private set; }

        public Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            if (!Failed && message.Text.Contains(text, StringComparison.Ordinal))
            {
                Failed = true;
                throw new ChatDeliveryException("The platform is unreachable.");
            }

            return inner.SendAsync(recipient, message, idempotencyKey, cancellationToken);
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => inner.UpdateAsync(sent, message, cancellationToken);
    }

    [Fact]
    public async Task Someone_other_than_the_owner_cannot_send_the_warning()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        await world.ToPreviewAsync(commitment);

        var refused = await world.ClickAsync(SlipActions.Send, commitment.Id, "U_OTHER");

        Assert.Contains("Only U_OWNER", refused.Messages[0].Text, StringComparison.Ordinal);
        Assert.Empty(world.ToCustomer());
    }

    /// <summary>Sends to the inner port, then dies once (like a process killed) right after the customer's send.</summary>
    private sealed class CrashOnceAfterSending(RecordingChatPort inner, string crashAfter) : IChatPort
    {
        private bool _crashed;

        public RecordingChatPort Inner => inner;

        public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
        {
            var sent = await inner.SendAsync(recipient, message, idempotencyKey, cancellationToken);
            if (recipient.Id == crashAfter && !_crashed)
            {
                _crashed = true;
                throw new InvalidOperationException("The process died right after the send.");
            }

            return sent;
        }

        public Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default) => inner.UpdateAsync(sent, message, cancellationToken);
    }

    [Fact]
    public async Task Each_slip_click_reads_the_commitment_once_when_no_one_else_writes_it()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        var before = world.Store.Reads;
        await world.CommandAsync("slip");
        Assert.Equal(1, world.Store.Reads - before);

        await world.ToPreviewAsync(commitment);
        before = world.Store.Reads;
        await world.ClickAsync(SlipActions.Send, commitment.Id);

        Assert.Single(world.ToCustomer());
        Assert.Equal(1, world.Store.Reads - before);
    }
}
