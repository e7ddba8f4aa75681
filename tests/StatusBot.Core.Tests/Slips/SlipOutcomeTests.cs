using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;

namespace StatusBot.Core.Tests.Slips;

public class SlipOutcomeTests
{
    private static SlipState Sent(DateTimeOffset at) =>
        SlipState.Begin(WorkspaceId.Playground, "c1", Owner, Due, SlipStartReason.SlippingAnswer, Now) with
        {
            Step = SlipStep.Sent,
            NewDate = D(3, 18),
            IdempotencyKey = "playground/slip/c1/1/warning",
            SentBy = Owner,
            SentAt = at,
            Parts = Parts,
        };

    [Fact]
    public void For_SentBeforeTheOldDate_RecordsWarningThenMovesTheDueDate()
    {
        var outcome = SlipOutcome.For(Sent(Now), Commitment() with { Health = Health.Slipping }, CheckInSettings.Default);

        Assert.Equal([CommitmentEventKind.WarningSent, CommitmentEventKind.DueDateMoved], outcome.Changes.Select(c => c.Event.Kind));
        Assert.Equal([4L, 5L], outcome.Changes.Select(c => c.Event.Sequence));
        var warned = outcome.Changes[0].Event.Data;
        Assert.Equal("4", warned[SlipEventData.LeadTimeWorkingDays]); // Tue, Wed, Thu, Fri
        Assert.Equal("C_ACME", warned[SlipEventData.Destination]);
        Assert.Equal("playground/slip/c1/1/warning", warned[SlipEventData.IdempotencyKey]);
        var moved = outcome.Changes[1];
        Assert.Equal(("2026-03-06", "2026-03-18"), (moved.Event.Data[SlipEventData.OldDueDate], moved.Event.Data[SlipEventData.NewDueDate]));
        Assert.Equal(D(3, 18), moved.Commitment.DueDate);
        Assert.Equal(Due, moved.Commitment.CheckIns.WarningSentFor);
        Assert.Equal((Health.Unknown, Now), (moved.Commitment.Health, moved.Commitment.HealthSince));
        Assert.Equal(5, moved.Commitment.Version);
    }

    [Theory]
    [InlineData(3, 2, 4)] // Mon before Fri 6 Mar: Tue..Fri
    [InlineData(3, 5, 1)] // Thu: Fri
    [InlineData(3, 6, 0)] // on the day
    [InlineData(3, 9, -1)] // the next Monday
    [InlineData(3, 11, -3)] // Wed after: Mon, Tue, Wed
    public void For_SendDay_GivesTheLeadTimeInWorkingDays(int month, int day, int expected)
    {
        var outcome = SlipOutcome.For(Sent(At(month, day, 15)), Commitment(), CheckInSettings.Default);

        Assert.Equal(expected, outcome.LeadTimeWorkingDays);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Changes[0].Event.Data[SlipEventData.LeadTimeWorkingDays]);
    }

    [Fact]
    public void For_CommitmentAlreadyShowsTheWarning_ChangesNothingAgain()
    {
        var applied = SlipOutcome.For(Sent(Now), Commitment(), CheckInSettings.Default).Changes[^1].Commitment;

        var again = SlipOutcome.For(Sent(Now), applied, CheckInSettings.Default);

        Assert.Empty(again.Changes);
        Assert.Equal("playground/slip/c1/1/warning/channel", again.ChannelNoteKey);
    }

    [Fact]
    public void For_ChannelNote_NamesTheMoveAndTheLeadTime()
    {
        var outcome = SlipOutcome.For(Sent(Now), Commitment(), CheckInSettings.Default);

        Assert.Equal("C_PROJECT", outcome.ChannelNote.To.Id);
        Assert.Equal(
            "U_OWNER told Acme that Pilot rollout moves from Friday 6 March 2026 to Wednesday 18 March 2026, 4 working days before the original date. Check-ins continue against the new date.",
            outcome.ChannelNote.Message.Text);
    }

    [Fact]
    public void For_StateNotSent_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => SlipOutcome.For(Sent(Now) with { Step = SlipStep.Sending }, Commitment(), CheckInSettings.Default));
    }
}

public class SlipHistoryTests
{
    [Fact]
    public void Started_NewConversation_RecordsSlipStartedWithItsReason()
    {
        var state = SlipState.Begin(WorkspaceId.Playground, "c1", Owner, Due, SlipStartReason.MissedSilently, Now);

        var change = SlipHistory.Started(Commitment(), state, Owner);

        Assert.Equal((CommitmentEventKind.SlipStarted, 4L, Now), (change.Event.Kind, change.Event.Sequence, change.Event.At));
        Assert.Equal(("MissedSilently", "2026-03-06"), (change.Event.Data[SlipEventData.StartReason], change.Event.Data[SlipEventData.OldDueDate]));
    }
}
