using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

public class SlipDateStepTests
{
    [Fact]
    public void Start_ByTheOwner_AsksForTheNewDateInAForm()
    {
        var started = Start(Context());

        Assert.Equal((SlipStep.NewDate, SlipStartReason.SlippingAnswer, Due), (started.State.Step, started.State.StartReason, started.State.OldDueDate));
        var form = Assert.Single(started.Replies);
        Assert.Equal((SlipAudience.Actor, Owner), (form.Audience, form.To.Id));
        var input = Assert.Single(form.Message.Inputs);
        Assert.Equal((SlipActions.NewDateInput, ChatInputKind.Date), (input.Id, input.Kind));
        Assert.Equal([FormActionRole.Submit, FormActionRole.Cancel], form.Message.FormActions.Select(a => a.Role));
        Assert.Contains("It is due Friday 6 March 2026.", form.Message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Choose the new date from the calendar.")]
    [InlineData("18/03/2026", "Choose the new date from the calendar.")]
    [InlineData("2026-02-27", "Friday 27 February 2026 has already passed. Choose a date from today on.")]
    [InlineData("2026-03-04", "The new date needs to be after the current due date, Friday 6 March 2026.")]
    [InlineData("9999-12-31", "Friday 31 December 9999 is more than 10 years away. Choose a date on or before Sunday 2 March 2036.")]
    [InlineData("2026-03-06", "The new date needs to be after the current due date, Friday 6 March 2026.")]
    public void Advance_UnacceptableDate_IsRefusedOnTheDateInput(string value, string message)
    {
        var context = Context();
        var state = Start(context).State;

        var refused = Date(state, value, context);

        Assert.Equal(SlipStep.NewDate, refused.State.Step);
        Assert.Null(refused.State.NewDate);
        Assert.Equal(new Validation.FieldError(SlipActions.NewDateInput, message), Assert.Single(refused.Errors));
        Assert.Equal(message, Assert.Single(refused.Replies).Message.Inputs[0].Error);
    }

    [Fact]
    public void Advance_DateWithNoHistory_MovesToTheMessage()
    {
        var context = Context();

        var next = Date(Start(context).State, "2026-03-18", context);

        Assert.Equal((SlipStep.Message, (DateOnly?)D(3, 18)), (next.State.Step, next.State.NewDate));
        Assert.Empty(next.Errors);
        Assert.Equal(5, Assert.Single(next.Replies).Message.Inputs.Count);
    }

    [Fact]
    public void Advance_DateEarlierThanHistorySuggests_IsFlaggedThenKeptWhenSubmittedAgain()
    {
        // An earlier re-plan asked 10 days and needed 4 more (40%): 10 days asked now -> Mon 16 Mar.
        var context = Context(others: new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 19)));
        var state = Start(context).State;

        var flagged = Date(state, "2026-03-12", context);

        Assert.Equal((SlipStep.NewDate, (DateOnly?)D(3, 12), (DateOnly?)D(3, 16)), (flagged.State.Step, flagged.State.FlaggedDate, flagged.State.SuggestedDate));
        Assert.Empty(flagged.Errors);
        var text = Assert.Single(flagged.Replies).Message.Text;
        Assert.Contains("Thursday 12 March 2026 is earlier than your history suggests. Your last re-plan overran by 40% of the time you asked for.", text, StringComparison.Ordinal);
        Assert.Contains("A realistic date would be Monday 16 March 2026.", text, StringComparison.Ordinal);

        var kept = Date(flagged.State, "2026-03-12", context);

        Assert.Equal((SlipStep.Message, (DateOnly?)D(3, 12)), (kept.State.Step, kept.State.NewDate));
    }

    [Fact]
    public void Advance_SuggestedDateAfterAFlag_IsAccepted()
    {
        var context = Context(others: new History().Moved(D(1, 5), D(1, 9), D(1, 15)).Delivered(D(1, 19)));
        var flagged = Date(Start(context).State, "2026-03-12", context).State;

        var next = Date(flagged, "2026-03-16", context);

        Assert.Equal((SlipStep.Message, (DateOnly?)D(3, 16)), (next.State.Step, next.State.NewDate));
    }

    [Theory]
    [InlineData(1, "This is the second new date for Acme on this commitment.")]
    [InlineData(2, "This is the third new date for Acme on this commitment.")]
    public void Start_CommitmentReplannedBefore_NamesWhichNewDateThisIs(int earlierMoves, string naming)
    {
        var history = new History().Moved(D(1, 12), D(1, 30), D(2, 13));
        if (earlierMoves == 2)
        {
            history.Moved(D(2, 9), D(2, 13), Due);
        }

        var started = Start(Context(history: history));

        Assert.Contains(naming, Assert.Single(started.Replies).Message.Text, StringComparison.Ordinal);
    }
}
