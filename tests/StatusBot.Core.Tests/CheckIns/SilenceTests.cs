using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class SilenceTests
{
    private static readonly Commitment Acme = Given.Commitment(new DateOnly(2025, 12, 19), Given.Berlin(11, 3, 9));

    private static CheckInWork? Next(CheckInState state, DateTimeOffset now, Commitment? commitment = null) =>
        CheckInPlanner.Next(commitment ?? Acme, state, Given.Settings, now);

    [Fact]
    public void Next_UnansweredFridayAfternoon_RemindsMondayAfterFourWorkingHours()
    {
        var far = Acme with { DueDate = new DateOnly(2026, 1, 30) };
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 12, 15));

        var next = Next(state, Given.Berlin(12, 12, 15), far);

        Assert.Equal(CheckInWorkKind.Reminder, next?.Kind);
        Assert.Equal(Given.Berlin(12, 15, 11), next?.At);
    }

    [Fact]
    public void Next_Reminded_DoesNotRemindAgain()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnReminded();

        var next = Next(state, Given.Berlin(11, 10, 14));

        Assert.Equal(CheckInWorkKind.CheckIn, next?.Kind);
    }

    [Fact]
    public void Next_Answered_NeitherRemindsNorEscalates()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 16, 10)).OnAnswered(Given.Berlin(12, 16, 10, 5));

        Assert.All(CheckInPlanner.Pending(Acme, state, Given.Settings, Given.Berlin(12, 16, 11)),
            w => Assert.Contains(w.Kind, new[] { CheckInWorkKind.CheckIn, CheckInWorkKind.MissedSilently }));
    }

    [Fact]
    public void Next_SecondUnansweredInARow_EscalatesAfterAWorkingDay()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnCheckInSent(Given.Berlin(11, 17, 10)).OnReminded();

        var next = Next(state, Given.Berlin(11, 17, 14));

        Assert.Equal(CheckInWorkKind.Escalation, next?.Kind);
        Assert.Equal(EscalationTriggers.RepeatedSilence, next?.Triggers);
        Assert.Equal(Given.Berlin(11, 18, 10), next?.At);
    }

    [Fact]
    public void Next_FirstUnansweredFarFromDueDate_DoesNotEscalate()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnReminded();

        Assert.DoesNotContain(CheckInPlanner.Pending(Acme, state, Given.Settings, Given.Berlin(11, 11, 12)), w => w.Kind == CheckInWorkKind.Escalation);
    }

    [Fact]
    public void Next_RepeatedSilenceAlreadyEscalated_IsNotEscalatedAgain()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnCheckInSent(Given.Berlin(11, 17, 10))
            .OnEscalated(EscalationTriggers.RepeatedSilence).OnCheckInSent(Given.Berlin(11, 24, 10)).OnReminded();

        Assert.Equal(2, state.UnansweredInARow);
        Assert.DoesNotContain(CheckInPlanner.Pending(Acme, state, Given.Settings, Given.Berlin(11, 25, 12)), w => w.Kind == CheckInWorkKind.Escalation);
    }

    [Fact]
    public void Next_UnansweredThreeWorkingDaysBeforeDueDate_Escalates()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 16, 10)).OnReminded();

        var next = Next(state, Given.Berlin(12, 16, 14));

        Assert.Equal(CheckInWorkKind.Escalation, next?.Kind);
        Assert.Equal(EscalationTriggers.SilenceNearDueDate, next?.Triggers);
        Assert.Equal(Given.Berlin(12, 17, 10), next?.At);
    }

    [Fact]
    public void Next_UnansweredOnTheDueDate_EscalatesByTheEndOfItsWorkingDay()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 19, 10)).OnReminded();

        var next = Next(state, Given.Berlin(12, 19, 14));

        Assert.Equal(CheckInWorkKind.Escalation, next?.Kind);
        Assert.Equal(Given.Berlin(12, 19, 17), next?.At);
    }

    [Fact]
    public void Next_AnswerAfterEscalation_StartsANewSilence()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnCheckInSent(Given.Berlin(11, 17, 10))
            .OnEscalated(EscalationTriggers.RepeatedSilence).OnAnswered(Given.Berlin(11, 18, 12));

        Assert.Equal(0, state.UnansweredInARow);
        Assert.Equal(EscalationTriggers.None, state.SilenceEscalated);
    }

    [Fact]
    public void Next_SnoozedCheckIn_IsNeitherRemindedNorEscalated()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 16, 10)).OnSnoozed(new DateOnly(2025, 12, 18), Given.Berlin(12, 16, 11));

        var next = Next(state, Given.Berlin(12, 16, 11));

        Assert.Equal(CheckInWorkKind.CheckIn, next?.Kind);
        Assert.Equal(Given.Berlin(12, 18, 10), next?.At);
    }

    [Fact]
    public void Next_ReminderOverdueAtNight_WaitsForTheWorkingDay()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10));

        var next = Next(state, Given.Berlin(11, 10, 22));

        Assert.Equal(CheckInWorkKind.Reminder, next?.Kind);
        Assert.Equal(Given.Berlin(11, 11, 9), next?.At);
    }

    [Fact]
    public void Next_DueOnSaturday_EscalatesByFridayEvening()
    {
        var saturday = Acme with { DueDate = new DateOnly(2025, 12, 20) };
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 19, 10)).OnReminded();

        var next = Next(state, Given.Berlin(12, 19, 14), saturday);

        Assert.Equal(CheckInWorkKind.Escalation, next?.Kind);
        Assert.Equal(Given.Berlin(12, 19, 17), next?.At);
    }

    [Fact]
    public void Next_CheckInSentAfterTheLastWorkingDayEnded_HasNoReminder()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 19, 17, 30));

        Assert.DoesNotContain(CheckInPlanner.Pending(Acme, state, Given.Settings, Given.Berlin(12, 19, 17, 30)), w => w.Kind is CheckInWorkKind.Reminder or CheckInWorkKind.Escalation);
    }
}
