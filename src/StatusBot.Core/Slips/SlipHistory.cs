using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

/// <summary>The history entries a slip conversation adds besides its outcome.</summary>
public static class SlipHistory
{
    /// <summary>The SlipStarted change for a conversation just started (with its start reason in the event's data).</summary>
    public static CommitmentChange Started(Commitment commitment, SlipState state, string actor)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(state);
        var data = new Dictionary<string, string>
        {
            [SlipEventData.StartReason] = state.StartReason.ToString(),
            [SlipEventData.OldDueDate] = SlipEventData.Format(state.OldDueDate),
        };
        return commitment.Record(CommitmentEventKind.SlipStarted, actor, state.StartedAt, data: data);
    }

    /// <summary>
    /// The history entry for moving from <paramref name="before"/> to <paramref name="after"/>: SlipStarted for a
    /// new conversation, SlipProgressed when the step or the approval changed, and null otherwise (a stored
    /// draft's words, a reminder) or when the warning is sent, which the outcome records.
    /// </summary>
    public static CommitmentChange? For(Commitment commitment, SlipState? before, SlipState after, string? actor)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(after);
        if (before is null || before.Id != after.Id)
        {
            return Started(commitment, after, actor ?? after.Owner);
        }

        if (after.Step == SlipStep.Sent || (before.Step == after.Step && before.Approval?.Status == after.Approval?.Status))
        {
            return null;
        }

        var data = new Dictionary<string, string> { [SlipEventData.Step] = after.Step.ToString() };
        if (after.NewDate is { } newDate)
        {
            data[SlipEventData.NewDueDate] = SlipEventData.Format(newDate);
        }

        if (after.Approval is { } approval)
        {
            data[SlipEventData.Approver] = approval.Approver;
            data[SlipEventData.ApprovalStatus] = approval.Status.ToString();
        }

        if (after is { Step: SlipStep.Sending, IdempotencyKey: { } key })
        {
            data[SlipEventData.IdempotencyKey] = key;
        }

        return commitment.Record(CommitmentEventKind.SlipProgressed, actor, after.UpdatedAt, data: data);
    }
}
