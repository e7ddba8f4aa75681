using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

/// <summary>Whole conversations, from the first step to what the host stores.</summary>
public class SlipJourneyTests
{
    [Fact]
    public void Advance_SendAfterToneFindings_SendsAnyway()
    {
        var ctx = Context();
        var state = Date(Start(ctx).State, "2026-03-18", ctx).State;
        var preview = Go(state, new PartsSubmitted(Owner, Parts.With(SlipPart.Plan, "We will fix it soon.")), ctx);
        Assert.Contains("\"soon\"", Assert.Single(preview.Replies).Message.Text, StringComparison.Ordinal);

        var sending = Go(preview.State, new SlipSend(Owner), ctx);

        Assert.Equal(SlipStep.Sending, sending.State.Step);
        Assert.Contains("We will fix it soon.", sending.Delivery!.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_LateNoticeAfterASilentMiss_RecordsANegativeLeadTime()
    {
        var late = At(3, 10, 10); // Tuesday after the Friday due date
        var ctx = Context();
        var state = SlipConversation.Start(ctx, SlipStartReason.MissedSilently, Owner, false, late).State;
        state = Date(state, "2026-03-20", ctx, late).State;
        state = Go(state, new PartsSubmitted(Owner, Parts), ctx, late).State;

        var sending = Go(state, new SlipSend(Owner), ctx, late);
        var sent = Go(sending.State, new WarningDelivered("m1"), ctx, late);

        Assert.Contains("was due on Friday 6 March 2026 and has not been delivered", sending.Delivery!.Message.Text, StringComparison.Ordinal);
        Assert.Equal(-2, SlipOutcome.For(sent.State, ctx.Commitment, ctx.Settings).LeadTimeWorkingDays); // Mon 9, Tue 10
        Assert.StartsWith("Your warning reached Acme, 2 working days after the original date.", Assert.Single(sent.Replies).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_DateKeptAgainstAdvice_RecordsTheSuggestionWithTheWarning()
    {
        var ctx = Context(others: new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 19)));
        var state = Date(Start(ctx).State, "2026-03-12", ctx).State;
        state = Date(state, "2026-03-12", ctx).State;
        state = Go(state, new PartsSubmitted(Owner, Parts), ctx).State;
        state = Go(state, new SlipSend(Owner), ctx).State;

        var sent = Go(state, new WarningDelivered("m1"), ctx);

        var outcome = SlipOutcome.For(sent.State, ctx.Commitment, ctx.Settings);
        Assert.Equal("2026-03-16", outcome.Changes[0].Event.Data[SlipEventData.SuggestedDate]);
        Assert.Equal(SlipEventData.Format(D(3, 12)), outcome.Changes[1].Event.Data[SlipEventData.NewDueDate]);
    }

    [Fact]
    public void Advance_ApproverClicksAgainAfterAnswering_IsToldNothingMoreIsNeeded()
    {
        var ctx = Context(Commitment(approver: Approver));
        var changes = Go(AskApproval(ctx).State, new ApproverRequestedChanges(Approver, "Shorter, please."), ctx).State;

        var again = Go(changes, new ApproverApproved(Approver), ctx);

        Assert.True(again.Refused);
        Assert.Equal("You have already answered this request; nothing more is needed from you.", Assert.Single(again.Replies).Message.Text);
    }
}
