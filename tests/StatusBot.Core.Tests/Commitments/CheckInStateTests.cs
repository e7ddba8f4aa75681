using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Tests.CheckIns;

namespace StatusBot.Core.Tests.Commitments;

public sealed class CheckInStateTests
{
    private static readonly DateTimeOffset Monday = Given.Berlin(12, 1, 10);

    [Fact]
    public void OnCheckInSent_PreviousUnanswered_CountsIt()
    {
        var state = CheckInState.Initial.OnCheckInSent(Monday).OnReminded().OnCheckInSent(Monday.AddDays(1));

        Assert.Equal(1, state.UnansweredInARow);
        Assert.False(state.ReminderSent);
        Assert.False(state.Answered);
        Assert.Equal(Monday.AddDays(1), state.LastCheckInAt);
    }

    [Fact]
    public void OnCheckInSent_PreviousAnswered_KeepsTheCountAtZero()
    {
        var state = CheckInState.Initial.OnCheckInSent(Monday).OnAnswered(Monday.AddHours(1)).OnCheckInSent(Monday.AddDays(1));

        Assert.Equal(0, state.UnansweredInARow);
    }

    [Fact]
    public void OnCheckInSent_WhileSnoozed_EndsTheSnooze()
    {
        var state = CheckInState.Initial.OnCheckInSent(Monday).OnSnoozed(new DateOnly(2025, 12, 3), Monday).OnCheckInSent(Monday.AddDays(2));

        Assert.Null(state.SnoozedUntil);
    }

    [Fact]
    public void OnSnoozed_AnswersTheCheckIn()
    {
        var state = CheckInState.Initial.OnCheckInSent(Monday).OnSnoozed(new DateOnly(2025, 12, 3), Monday.AddHours(1));

        Assert.True(state.Answered);
        Assert.Equal(new DateOnly(2025, 12, 3), state.SnoozedUntil);
        Assert.Equal(Monday.AddHours(1), state.LastAnswerAt);
    }

    [Fact]
    public void OnReminded_NothingWaiting_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => CheckInState.Initial.OnReminded());
        Assert.Throws<InvalidOperationException>(() => CheckInState.Initial.OnCheckInSent(Monday).OnAnswered(Monday).OnReminded());
    }

    [Fact]
    public void After_EachKindOfWork_AppliesItsTransition()
    {
        var due = new DateOnly(2025, 12, 19);
        var sent = CheckInState.Initial.After(new CheckInWork(CheckInWorkKind.CheckIn, Monday, "r", due), Monday);

        Assert.Equal(Monday, sent.LastCheckInAt);
        Assert.True(sent.After(new CheckInWork(CheckInWorkKind.Reminder, Monday, "r", due), Monday).ReminderSent);
        Assert.Equal(EscalationTriggers.SilenceNearDueDate, sent.After(new CheckInWork(CheckInWorkKind.Escalation, Monday, "r", due, EscalationTriggers.SilenceNearDueDate), Monday).SilenceEscalated);
        Assert.Equal(due, sent.After(new CheckInWork(CheckInWorkKind.NoticePeriodPassed, Monday, "r", due), Monday).NoticeEscalatedFor);
        Assert.Equal(due, sent.After(new CheckInWork(CheckInWorkKind.MissedSilently, Monday, "r", due), Monday).MissedSilentlyFor);
        Assert.Equal(due, sent.After(new CheckInWork(CheckInWorkKind.LateNoticePrompt, Monday, "r", due), Monday).LateNoticePromptedFor);
    }

    [Fact]
    public void Transitions_LeaveTheOriginalUnchanged()
    {
        var before = CheckInState.Initial.OnCheckInSent(Monday);

        _ = before.OnReminded();

        Assert.False(before.ReminderSent);
        Assert.Equal(new CheckInState(), CheckInState.Initial);
    }
}
