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
}
