using System.Collections.Frozen;
using System.Globalization;
using StatusBot.Core.Validation;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// How a workspace wants check-ins paced. Times of day are read in each commitment's own time zone;
/// durations of working time count only time inside the working-day window on working days.
/// </summary>
public sealed record CheckInSettings
{
    // Declared before Default: static initializers run in textual order.
    private static readonly FrozenSet<DayOfWeek> MondayToFriday =
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.ToFrozenSet();

    /// <summary>The most holidays a workspace keeps (ten years of them, generously).</summary>
    public const int MaxHolidays = 1000;

    /// <summary>The settings every workspace starts with.</summary>
    public static CheckInSettings Default { get; } = new();

    /// <summary>Local time of day check-ins go out. Default 10:00; must lie in the working-day window.</summary>
    public TimeOnly CheckInTime { get; init; } = new(10, 0);

    /// <summary>Days that are worked. Default Monday to Friday; at least one.</summary>
    public IReadOnlySet<DayOfWeek> WorkingDays { get; init; } = MondayToFriday;

    /// <summary>
    /// Days no one in the workspace works (public holidays, company days off), counted as non-working days wherever
    /// working days are counted: cadence, silence, notice period, approval deadlines, lead time. Default none.
    /// </summary>
    public IReadOnlySet<DateOnly> Holidays { get; init; } = FrozenSet<DateOnly>.Empty;

    /// <summary>Start of the working-day window. Default 09:00.</summary>
    public TimeOnly WorkdayStart { get; init; } = new(9, 0);

    /// <summary>End of the working-day window. Default 17:00; after <see cref="WorkdayStart"/>.</summary>
    public TimeOnly WorkdayEnd { get; init; } = new(17, 0);

    /// <summary>Start of quiet hours, when the owner is never messaged. Default 19:00.</summary>
    public TimeOnly QuietHoursStart { get; init; } = new(19, 0);

    /// <summary>End of quiet hours (may be before the start: they then run past midnight). Default 08:00.</summary>
    public TimeOnly QuietHoursEnd { get; init; } = new(8, 0);

    /// <summary>While more than this many days before the due date, check in every <see cref="FarIntervalDays"/>. Default 21.</summary>
    public int FarThresholdDays { get; init; } = 21;

    /// <summary>Days between check-ins far from the due date. Default 7 (weekly).</summary>
    public int FarIntervalDays { get; init; } = 7;

    /// <summary>Days between check-ins between the two thresholds. Default 3 (twice a week).</summary>
    public int NearIntervalDays { get; init; } = 3;

    /// <summary>Within this many days of the due date, check in every <see cref="FinalIntervalDays"/>. Default 7.</summary>
    public int FinalThresholdDays { get; init; } = 7;

    /// <summary>Days between check-ins close to the due date. Default 1 (every working day).</summary>
    public int FinalIntervalDays { get; init; } = 1;

    /// <summary>After an "at risk" (or "slipping") answer, check in again within this many working days. Default 2.</summary>
    public int AtRiskRecheckWorkingDays { get; init; } = 2;

    /// <summary>Working time after an unanswered check-in before its one reminder. Default 4 hours.</summary>
    public TimeSpan ReminderDelay { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Working time after which a check-in with no answer counts as unanswered. Default 8 hours.</summary>
    public TimeSpan UnansweredAfter { get; init; } = TimeSpan.FromHours(8);

    /// <summary>This many unanswered check-ins in a row are escalated. Default 2.</summary>
    public int EscalateAfterUnansweredInARow { get; init; } = 2;

    /// <summary>One unanswered check-in sent within this many working days of the due date is escalated. Default 3.</summary>
    public int EscalateWithinWorkingDays { get; init; } = 3;

    /// <summary>Days the "later" snooze choice waits. Default 3.</summary>
    public int SnoozeLaterDays { get; init; } = 3;

    /// <summary>True when <paramref name="time"/> falls in quiet hours.</summary>
    public bool IsQuiet(TimeOnly time) =>
        QuietHoursStart <= QuietHoursEnd
            ? time >= QuietHoursStart && time < QuietHoursEnd
            : time >= QuietHoursStart || time < QuietHoursEnd;

    /// <summary>What is wrong with these settings, one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems() => [.. Errors().Select(e => e.Message)];

    /// <summary>
    /// What is wrong with these settings, each with the setting it concerns (camelCase, as the admin API and the dashboard's
    /// form name it; a rule over several settings names the one to change first); empty when they can be used.
    /// </summary>
    public IReadOnlyList<FieldError> Errors()
    {
        var errors = new List<FieldError>();
        Require(errors, "workingDays", WorkingDays.Count > 0, "WorkingDays needs at least one day.");
        Require(errors, "workdayStart", WorkdayStart < WorkdayEnd, string.Create(CultureInfo.InvariantCulture, $"WorkdayStart ({WorkdayStart:HH:mm}) must be before WorkdayEnd ({WorkdayEnd:HH:mm})."));
        Require(errors, "checkInTime", CheckInTime >= WorkdayStart && CheckInTime < WorkdayEnd, string.Create(CultureInfo.InvariantCulture, $"CheckInTime ({CheckInTime:HH:mm}) must lie in the working day ({WorkdayStart:HH:mm}-{WorkdayEnd:HH:mm})."));
        Require(errors, "quietHoursStart", !IsQuiet(WorkdayStart) && !IsQuiet(WorkdayEnd) && !QuietStartsInside(), "Quiet hours must not overlap the working day.");
        Require(errors, "farIntervalDays", FarIntervalDays >= 1, "FarIntervalDays: check-in intervals must be at least one day.");
        Require(errors, "nearIntervalDays", NearIntervalDays >= 1, "NearIntervalDays: check-in intervals must be at least one day.");
        Require(errors, "finalIntervalDays", FinalIntervalDays >= 1, "FinalIntervalDays: check-in intervals must be at least one day.");
        Require(errors, "finalThresholdDays", FinalThresholdDays >= 0, "FinalThresholdDays must not be negative.");
        Require(errors, "farThresholdDays", FarThresholdDays >= FinalThresholdDays, string.Create(CultureInfo.InvariantCulture, $"FarThresholdDays ({FarThresholdDays}) must be at least FinalThresholdDays ({FinalThresholdDays})."));
        Require(errors, "atRiskRecheckWorkingDays", AtRiskRecheckWorkingDays >= 1, "AtRiskRecheckWorkingDays must be at least 1.");
        Require(errors, "reminderDelay", ReminderDelay > TimeSpan.Zero && UnansweredAfter >= ReminderDelay, "ReminderDelay must be positive and no longer than UnansweredAfter.");
        Require(errors, "escalateAfterUnansweredInARow", EscalateAfterUnansweredInARow >= 1 && EscalateWithinWorkingDays >= 0, "Escalation thresholds must not be negative (and at least one check-in in a row).");
        Require(errors, "snoozeLaterDays", SnoozeLaterDays >= 1, "SnoozeLaterDays must be at least 1.");
        Require(errors, "holidays", Holidays.Count <= MaxHolidays, string.Create(CultureInfo.InvariantCulture, $"Holidays may hold at most {MaxHolidays} days, not {Holidays.Count}."));
        return errors;
    }

    /// <summary>Throws when <see cref="Problems"/> finds anything, naming every problem.</summary>
    public void ThrowIfInvalid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Check-in settings cannot be used: " + string.Join(" ", problems));
        }
    }

    private bool QuietStartsInside() => QuietHoursStart != QuietHoursEnd && QuietHoursStart > WorkdayStart && QuietHoursStart <= WorkdayEnd;

    private static void Require(List<FieldError> errors, string field, bool condition, string problem)
    {
        if (!condition)
        {
            errors.Add(new FieldError(field, problem));
        }
    }
}
