using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class CadencePolicyTests
{
    private static readonly DateOnly Due = new(2025, 12, 19); // a Friday
    private static readonly Commitment Acme = Given.Commitment(Due, Given.Berlin(11, 3, 9));

    private static ScheduledCheckIn? NextAfterCheckIn(DateTimeOffset sent, Commitment? commitment = null) =>
        CadencePolicy.Next(commitment ?? Acme, CheckInState.Initial.OnCheckInSent(sent).OnAnswered(sent.AddMinutes(5)), Given.Settings, sent.AddMinutes(5));

    [Fact]
    public void Next_MoreThanThreeWeeksOut_IsAWeekAfterCreation()
    {
        var next = CadencePolicy.Next(Acme, CheckInState.Initial, Given.Settings, Acme.CreatedAt);

        Assert.Equal(Given.Berlin(11, 10, 10), next?.At);
        Assert.Equal("weekly while more than 21 days before the due date (Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_WeeklyIntervalCrossesIntoLastThreeWeeks_TightensAtTheBoundary()
    {
        // Mon 24 Nov is 25 days out; Fri 28 Nov is the first day 21 days out, 4 days later.
        var next = NextAfterCheckIn(Given.Berlin(11, 24, 10));

        Assert.Equal(Given.Berlin(11, 28, 10), next?.At);
        Assert.Equal("twice a week in the last 3 weeks before the due date (Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_InTheLastThreeWeeks_IsThreeDaysLater()
    {
        Assert.Equal(Given.Berlin(12, 4, 10), NextAfterCheckIn(Given.Berlin(12, 1, 10))?.At);
    }

    [Fact]
    public void Next_InTheLastWeekOnFriday_IsMonday()
    {
        var next = NextAfterCheckIn(Given.Berlin(12, 12, 10));

        Assert.Equal(Given.Berlin(12, 15, 10), next?.At);
        Assert.Equal("every working day in the last week before the due date (Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_DayBeforeTheDueDate_IsTheMorningOfTheDueDate()
    {
        var next = NextAfterCheckIn(Given.Berlin(12, 18, 10));

        Assert.Equal(Given.Berlin(12, 19, 10), next?.At);
        Assert.Equal("the morning of the due date (Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_DueOnSunday_LastCheckInIsFriday()
    {
        var sunday = Acme with { DueDate = new DateOnly(2025, 12, 21) };

        var next = NextAfterCheckIn(Given.Berlin(12, 18, 10), sunday);

        Assert.Equal(Given.Berlin(12, 19, 10), next?.At);
        Assert.Equal("the last working day before the due date (Sun 21 Dec)", next?.Reason);
        Assert.Null(NextAfterCheckIn(Given.Berlin(12, 19, 10), sunday));
    }

    [Fact]
    public void Next_AfterTheDueDateCheckIn_IsNull()
    {
        Assert.Null(NextAfterCheckIn(Given.Berlin(12, 19, 10)));
    }

    [Fact]
    public void Next_AfterTheDueDate_IsNull()
    {
        Assert.Null(CadencePolicy.Next(Acme, CheckInState.Initial, Given.Settings, Given.Berlin(12, 20, 10)));
    }

    [Theory]
    [InlineData(CommitmentStatus.Delivered)]
    [InlineData(CommitmentStatus.Cancelled)]
    public void Next_Closed_IsNull(CommitmentStatus status)
    {
        Assert.Null(CadencePolicy.Next(Acme with { Status = status }, CheckInState.Initial, Given.Settings, Acme.CreatedAt));
    }

    [Fact]
    public void Next_AtRiskFarOut_IsWithinTwoWorkingDays()
    {
        var atRisk = Acme with { Health = Health.AtRisk };

        var next = NextAfterCheckIn(Given.Berlin(11, 7, 10), atRisk); // a Friday

        Assert.Equal(Given.Berlin(11, 11, 10), next?.At);
        Assert.Equal("again within 2 working days of the \"at risk\" answer (due Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_AtRiskInTheLastWeek_KeepsTheDailyCadence()
    {
        var next = NextAfterCheckIn(Given.Berlin(12, 15, 10), Acme with { Health = Health.AtRisk });

        Assert.Equal(Given.Berlin(12, 16, 10), next?.At);
    }

    [Fact]
    public void Next_Snoozed_IsOnTheSnoozeDate()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 8, 10)).OnSnoozed(new DateOnly(2025, 12, 11), Given.Berlin(12, 8, 11));

        var next = CadencePolicy.Next(Acme, state, Given.Settings, Given.Berlin(12, 8, 11));

        Assert.Equal(Given.Berlin(12, 11, 10), next?.At);
        Assert.Equal("snoozed until Thu 11 Dec (due Fri 19 Dec)", next?.Reason);
    }

    [Fact]
    public void Next_SnoozedToADayBeforeTheCadence_KeepsTheCadence()
    {
        // Weekly while more than 21 days out: asked Mon 10 Nov, the next is Mon 17 Nov; "in a few days" must not bring it to Thu 13 Nov.
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnSnoozed(new DateOnly(2025, 11, 13), Given.Berlin(11, 10, 11));
        var cadence = CadencePolicy.Next(Acme, CheckInState.Initial.OnCheckInSent(Given.Berlin(11, 10, 10)).OnAnswered(Given.Berlin(11, 10, 11)), Given.Settings, Given.Berlin(11, 10, 11));

        var next = CadencePolicy.Next(Acme, state, Given.Settings, Given.Berlin(11, 10, 11));

        Assert.NotNull(cadence);
        Assert.True(cadence.At > Given.Berlin(11, 13, 10), $"the cadence's next is {cadence.At}");
        Assert.Equal(cadence.At, next?.At);
    }

    [Fact]
    public void Next_SnoozedUntilSaturday_IsMonday()
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 1, 10)).OnSnoozed(new DateOnly(2025, 12, 6), Given.Berlin(12, 1, 11));

        Assert.Equal(Given.Berlin(12, 8, 10), CadencePolicy.Next(Acme, state, Given.Settings, Given.Berlin(12, 1, 11))?.At);
    }

    [Fact]
    public void Next_OverdueDuringWorkingHours_IsNow()
    {
        var now = Given.Berlin(11, 10, 15, 30);

        Assert.Equal(now, CadencePolicy.Next(Acme, CheckInState.Initial, Given.Settings, now)?.At);
    }

    [Fact]
    public void Next_OverdueAtNight_IsTheNextMorningSlot()
    {
        Assert.Equal(Given.Berlin(11, 11, 10), CadencePolicy.Next(Acme, CheckInState.Initial, Given.Settings, Given.Berlin(11, 10, 23))?.At);
    }

    [Fact]
    public void Next_NewYorkAcrossFallBack_IsTenLocalInStandardTime()
    {
        // The US leaves summer time on Sun 2 Nov 2025; Mon 3 Nov 10:00 EST is 15:00Z.
        var created = Given.Local("America/New_York", 2025, 10, 27, 9);
        var newYork = Given.Commitment(Due, created, "America/New_York");

        var next = CadencePolicy.Next(newYork, CheckInState.Initial, Given.Settings, created);

        Assert.Equal(new DateTimeOffset(2025, 11, 3, 15, 0, 0, TimeSpan.Zero), next?.At.ToUniversalTime());
    }

    [Fact]
    public void Next_AucklandOwner_IsTenInAuckland()
    {
        var created = Given.Local("Pacific/Auckland", 2025, 12, 15, 9);
        var auckland = Given.Commitment(Due, created, "Pacific/Auckland");

        var next = CadencePolicy.Next(auckland, CheckInState.Initial, Given.Settings, created);

        // Tue 16 Dec 10:00 NZDT (+13) is Mon 15 Dec 21:00Z.
        Assert.Equal(new DateTimeOffset(2025, 12, 15, 21, 0, 0, TimeSpan.Zero), next?.At.ToUniversalTime());
    }

    [Fact]
    public void Next_CustomSettings_UseTheirTimeAndIntervals()
    {
        var settings = Given.Settings with { CheckInTime = new TimeOnly(9, 30), FarIntervalDays = 14 };

        var next = CadencePolicy.Next(Acme, CheckInState.Initial, settings, Acme.CreatedAt);

        Assert.Equal(Given.Berlin(11, 17, 9, 30), next?.At);
        Assert.StartsWith("every two weeks while more than 21 days", next?.Reason, StringComparison.Ordinal);
    }
}
