using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class DeadlineTests
{
    private static readonly DateOnly Due = new(2025, 12, 19);
    private static readonly Commitment Acme = Given.Commitment(Due, Given.Berlin(11, 3, 9), noticeDays: 5);

    [Fact]
    public void Next_AfterTheDueDateEnds_IsMissedSilentlyAtLocalMidnight()
    {
        var next = CheckInPlanner.Next(Acme, CheckInState.Initial, Given.Settings, Given.Berlin(12, 22, 9));

        Assert.Equal(CheckInWorkKind.MissedSilently, next?.Kind);
        Assert.Equal(new DateTimeOffset(2025, 12, 19, 23, 0, 0, TimeSpan.Zero), next?.At.ToUniversalTime());
    }

    [Fact]
    public void Next_MissedSilentlyRecordedAtMidnight_PromptsTheOwnerAtTheNextWorkingMorning()
    {
        var state = CheckInState.Initial.OnMissedSilently(Due);

        var next = CheckInPlanner.Next(Acme, state, Given.Settings, Given.Berlin(12, 20, 0));

        Assert.Equal(CheckInWorkKind.LateNoticePrompt, next?.Kind);
        Assert.Equal(Given.Berlin(12, 22, 9), next?.At);
    }

    [Fact]
    public void Next_MissedSilentlyRecordedDuringWorkingHours_PromptsTheOwnerNow()
    {
        var state = CheckInState.Initial.OnMissedSilently(Due);

        Assert.Equal(Given.Berlin(12, 23, 11), CheckInPlanner.Next(Acme, state, Given.Settings, Given.Berlin(12, 23, 11))?.At);
    }

    [Fact]
    public void Next_MissedSilentlyAndOwnerPrompted_IsNull()
    {
        var state = CheckInState.Initial.OnMissedSilently(Due).OnLateNoticePrompted(Due);

        Assert.Null(CheckInPlanner.Next(Acme, state, Given.Settings, Given.Berlin(12, 22, 9)));
    }

    [Fact]
    public void Next_WarningSentForTheDueDate_IsNeverMissedSilently()
    {
        var state = CheckInState.Initial.OnWarningSent(Due);

        Assert.Null(CheckInPlanner.Next(Acme, state, Given.Settings, Given.Berlin(12, 22, 9)));
    }

    [Fact]
    public void Next_DueDateMovedAfterWarning_CanBeMissedSilentlyAgain()
    {
        var moved = Acme with { DueDate = new DateOnly(2026, 1, 9) };
        var state = CheckInState.Initial.OnWarningSent(Due);

        var next = CheckInPlanner.Next(moved, state, Given.Settings, Given.Berlin(1, 12, 9, year: 2026));

        Assert.Equal(CheckInWorkKind.MissedSilently, next?.Kind);
    }

    [Theory]
    [InlineData(CommitmentStatus.Delivered)]
    [InlineData(CommitmentStatus.Cancelled)]
    public void Next_ClosedAfterTheDueDate_IsNull(CommitmentStatus status)
    {
        Assert.Null(CheckInPlanner.Next(Acme with { Status = status }, CheckInState.Initial, Given.Settings, Given.Berlin(12, 22, 9)));
    }

    [Fact]
    public void LastResponsibleDay_FiveDaysNotice_IsAWeekBefore()
    {
        Assert.Equal(new DateOnly(2025, 12, 12), DeadlinePolicy.LastResponsibleDay(Acme, Given.Calendar("Europe/Berlin")));
        Assert.Null(DeadlinePolicy.LastResponsibleDay(Acme with { NoticeDays = null }, Given.Calendar("Europe/Berlin")));
    }

    [Theory]
    [InlineData(Health.Unknown)]
    [InlineData(Health.AtRisk)]
    public void Next_NoticePeriodPassesUnconfirmed_EscalatesAtTheEndOfTheLastDay(Health health)
    {
        var state = CheckInState.Initial.OnCheckInSent(Given.Berlin(12, 12, 10)).OnAnswered(Given.Berlin(12, 12, 10));

        var next = CheckInPlanner.Next(Acme with { Health = health }, state, Given.Settings, Given.Berlin(12, 12, 11));

        Assert.Equal(CheckInWorkKind.NoticePeriodPassed, next?.Kind);
        Assert.Equal(Given.Berlin(12, 12, 17), next?.At);
    }

    [Theory]
    [InlineData(Health.OnTrack)]
    [InlineData(Health.Slipping)]
    public void Next_NoticePeriodPassesOnTrackOrSlipping_DoesNotEscalate(Health health)
    {
        var pending = CheckInPlanner.Pending(Acme with { Health = health }, CheckInState.Initial, Given.Settings, Given.Berlin(12, 12, 11));

        Assert.DoesNotContain(pending, w => w.Kind == CheckInWorkKind.NoticePeriodPassed);
    }

    [Fact]
    public void Next_NoticePeriodEscalated_IsNotEscalatedAgain()
    {
        var state = CheckInState.Initial.OnNoticePeriodEscalated(Due);

        Assert.DoesNotContain(CheckInPlanner.Pending(Acme, state, Given.Settings, Given.Berlin(12, 15, 11)), w => w.Kind == CheckInWorkKind.NoticePeriodPassed);
    }

    [Fact]
    public void Next_CreatedInsideTheNoticePeriod_DoesNotEscalateIt()
    {
        var late = Acme with { CreatedAt = Given.Berlin(12, 15, 9) };

        Assert.DoesNotContain(CheckInPlanner.Pending(late, CheckInState.Initial, Given.Settings, Given.Berlin(12, 15, 9)), w => w.Kind == CheckInWorkKind.NoticePeriodPassed);
    }

    [Fact]
    public void Next_InvalidSettings_Throws()
    {
        var broken = Given.Settings with { WorkingDays = new HashSet<DayOfWeek>() };

        var error = Assert.Throws<ArgumentException>(() => CheckInPlanner.Next(Acme, CheckInState.Initial, broken, Acme.CreatedAt));
        Assert.Contains("WorkingDays", error.Message, StringComparison.Ordinal);
    }
}
