using StatusBot.Core.CheckIns;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;
using static StatusBot.Core.Tests.Slips.SlipGiven;

namespace StatusBot.Core.Tests.Slips;

public class ApprovalPolicyTests
{
    private static readonly WorkingCalendar Berlin = Given.Calendar("Europe/Berlin");

    private static ApprovalDeadline Deadline(DateOnly due, int? notice, DateTimeOffset now) =>
        ApprovalPolicy.Deadline(due, notice, Berlin, CheckInSettings.Default, now);

    [Fact]
    public void Deadline_NoticeMomentFarAway_IsOneWorkingDayFromNow()
    {
        // Due Fri 13 Mar with 3 days' notice: last moment Tue 10 Mar 17:00; one working day from Mon 11:00 is Tue 11:00.
        Assert.Equal(new ApprovalDeadline(At(3, 3, 11), false), Deadline(D(3, 13), 3, Now));
    }

    [Fact]
    public void Deadline_NoticeMomentToday_IsTheNoticeMoment()
    {
        // Due Thu 5 Mar with 3 days' notice: the last moment is today, Mon 2 Mar 17:00.
        Assert.Equal(new ApprovalDeadline(At(3, 2, 17), false), Deadline(D(3, 5), 3, Now));
    }

    [Fact]
    public void Deadline_NoNoticeNamed_CountsToTheDueDatesWorkingDay()
    {
        // Due Mon 2 Mar with no notice: the end of today's working day.
        Assert.Equal(new ApprovalDeadline(At(3, 2, 17), false), Deadline(D(3, 2), null, Now));
    }

    [Fact]
    public void Deadline_NoticeMomentPassed_GivesThreeWorkingHoursAndSaysSo()
    {
        // Due Wed 4 Mar with 3 days' notice: the last moment was Fri 27 Feb 17:00.
        Assert.Equal(new ApprovalDeadline(At(3, 2, 14), true), Deadline(D(3, 4), 3, Now));
        // At 16:00 one working hour is left today; the other two run into Tuesday morning.
        Assert.Equal(new ApprovalDeadline(At(3, 3, 11), true), Deadline(D(3, 4), 3, At(3, 2, 16)));
    }
}
