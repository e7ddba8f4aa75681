using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;

namespace StatusBot.Core.Tests.Slips;

/// <summary>Walks conversations through their steps as the owner would.</summary>
internal static class SlipWalk
{
    public static SlipTransition Start(SlipContext context, DateTimeOffset? now = null) =>
        SlipConversation.Start(context, SlipStartReason.SlippingAnswer, Owner, false, now ?? Now);

    public static SlipTransition Go(SlipState state, SlipInput input, SlipContext context, DateTimeOffset? now = null) =>
        SlipConversation.Advance(state, input, context, now ?? Now);

    public static SlipTransition Date(SlipState state, string? value, SlipContext context, DateTimeOffset? now = null) =>
        Go(state, new NewDateSubmitted(Owner, value), context, now);

    /// <summary>A new conversation at its preview, with <paramref name="newDate"/> and <see cref="SlipGiven.Parts"/>.</summary>
    public static SlipState Preview(SlipContext context, DateOnly? newDate = null, DateTimeOffset? now = null)
    {
        var state = Start(context, now).State;
        state = Date(state, SlipEventData.Format(newDate ?? D(3, 18)), context, now).State;
        state = Go(state, new PartsSubmitted(Owner, Parts), context, now).State;
        Assert.Equal(SlipStep.Preview, state.Step);
        return state;
    }

    /// <summary>A conversation sent to the approver.</summary>
    public static SlipTransition AskApproval(SlipContext context, DateTimeOffset? now = null) =>
        Go(Preview(context, now: now), new SlipSend(Owner), context, now);
}
