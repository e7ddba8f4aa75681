using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Slips;

/// <summary>When an approval is needed by, and whether the customer's notice period allowed for it.</summary>
/// <param name="ApproveBy">The approver's answer is needed by then; after it the owner may send without it.</param>
/// <param name="NoticeMomentPassed">True when the last responsible moment had already passed when approval was asked for.</param>
public sealed record ApprovalDeadline(DateTimeOffset ApproveBy, bool NoticeMomentPassed);

/// <summary>
/// How long an approver may take. Approval must not cost the customer their notice: the answer is needed by
/// the last responsible moment (the end of the working day <c>NoticeDays</c> working days before the old
/// due date; the due date's own working day when no notice was named), and never later than
/// <see cref="Window"/> of working time from the request. When that moment has already passed, the
/// approver gets <see cref="LateWindow"/> of working time, and everyone is told the notice period was missed.
/// </summary>
public static class ApprovalPolicy
{
    /// <summary>The longest an approver is waited for: one working day of working time.</summary>
    public static TimeSpan Window(CheckInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.WorkdayEnd - settings.WorkdayStart;
    }

    /// <summary>What an approver gets once the notice moment has passed: three working hours.</summary>
    public static TimeSpan LateWindow { get; } = TimeSpan.FromHours(3);

    /// <summary>The approve-by time for a warning about <paramref name="oldDueDate"/> asked for at <paramref name="now"/>.</summary>
    public static ApprovalDeadline Deadline(DateOnly oldDueDate, int? noticeDays, WorkingCalendar calendar, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        var lastDay = calendar.AddWorkingDays(calendar.WorkingDayOnOrBefore(oldDueDate), -(noticeDays ?? 0));
        var lastResponsible = calendar.ToInstant(lastDay, settings.WorkdayEnd);
        if (lastResponsible <= now)
        {
            return new(calendar.AddWorkingTime(now, LateWindow), NoticeMomentPassed: true);
        }

        var cap = calendar.AddWorkingTime(now, Window(settings));
        return new(lastResponsible < cap ? lastResponsible : cap, NoticeMomentPassed: false);
    }
}
