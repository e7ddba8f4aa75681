using StatusBot.Core.CheckIns;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

public sealed partial class SlipService
{
    /// <summary>How long after a warning was sent a failed outcome (the channel note) is still retried.</summary>
    public static readonly TimeSpan OutcomeRetryWindow = TimeSpan.FromDays(1);

    /// <summary>
    /// Does what is due for the commitment's conversation, called on each of the commitment's wake-ups:
    /// retries a delivery left sending (after a crash or a refusal), finishes a sent warning's outcome,
    /// times out an approval, reminds the owner of a draft; then files the next wake-up.
    /// </summary>
    /// <exception cref="ChatDeliveryException">A reminder or notice could not be sent; the wake-up stays due.</exception>
    public async Task DoDueWorkAsync(WorkspaceId workspace, string commitmentId, CancellationToken cancellationToken = default)
    {
        var stored = await _slips.GetAsync(workspace, commitmentId, cancellationToken);
        if (stored is null)
        {
            return;
        }

        if (stored.State.Undelivered is { Count: > 0 })
        {
            stored = await _outbox.ResendAsync(stored, cancellationToken);
        }

        var state = stored.State;
        var now = _time.GetUtcNow();
        SlipInput? input = state switch
        {
            { Step: SlipStep.Sending } => new SlipResume(null),
            { Step: SlipStep.AwaitingApproval, Approval: { Status: ApprovalStatus.Pending } approval } when now >= approval.ApproveBy => new ApprovalTimedOut(),
            _ when state.WaitsOnOwner() && await ReminderDueAsync(state, now, cancellationToken) => new DraftReminderDue(),
            _ => null,
        };

        if (input is not null)
        {
            await HandleAsync(workspace, commitmentId, input, cancellationToken);
        }
        else if (state is { Step: SlipStep.Sent, SentAt: { } sentAt } && now - sentAt < OutcomeRetryWindow)
        {
            await ApplyOutcomeAsync(state, known: null, cancellationToken);
        }
    }

    private async Task<bool> ReminderDueAsync(SlipState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var commitment = await _store.GetAsync(state.Workspace, state.CommitmentId, cancellationToken);
        if (commitment is null)
        {
            return false;
        }

        var settings = await _settings.GetAsync(state.Workspace, cancellationToken);
        var calendar = new WorkingCalendar(Commitments.TimeZones.Get(commitment.TimeZone), settings);
        return DraftReminders.Next(state, state.OldDueDate, calendar, settings) <= now;
    }

    /// <summary>Files the wake-up for the conversation's next timed step: the approval's deadline or the next draft reminder.</summary>
    private async Task ScheduleNextAsync(SlipState state, SlipContext context, CancellationToken cancellationToken)
    {
        DateTimeOffset? next = state switch
        {
            { Step: SlipStep.AwaitingApproval, Approval: { Status: ApprovalStatus.Pending } approval } => approval.ApproveBy,
            _ when state.WaitsOnOwner() => DraftReminders.Next(state, state.OldDueDate, context.Calendar(), context.Settings),
            _ => null,
        };
        if (next is { } at)
        {
            await _wakeUps.ScheduleAsync(state.Workspace, state.CommitmentId, at, cancellationToken);
        }
    }
}
