namespace StatusBot.Core.CheckIns;

/// <summary>
/// Check-in settings as a document of plain values, for storing and for the admin API: a value left
/// out (null) means the default. See <see cref="CheckInSettings"/> for what each one means.
/// </summary>
public sealed record CheckInSettingsDocument
{
    /// <summary>See <see cref="CheckInSettings.CheckInTime"/>.</summary>
    public TimeOnly? CheckInTime { get; init; }
    /// <summary>See <see cref="CheckInSettings.WorkingDays"/>.</summary>
    public DayOfWeek[]? WorkingDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.WorkdayStart"/>.</summary>
    public TimeOnly? WorkdayStart { get; init; }
    /// <summary>See <see cref="CheckInSettings.WorkdayEnd"/>.</summary>
    public TimeOnly? WorkdayEnd { get; init; }
    /// <summary>See <see cref="CheckInSettings.QuietHoursStart"/>.</summary>
    public TimeOnly? QuietHoursStart { get; init; }
    /// <summary>See <see cref="CheckInSettings.QuietHoursEnd"/>.</summary>
    public TimeOnly? QuietHoursEnd { get; init; }
    /// <summary>See <see cref="CheckInSettings.FarThresholdDays"/>.</summary>
    public int? FarThresholdDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.FarIntervalDays"/>.</summary>
    public int? FarIntervalDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.NearIntervalDays"/>.</summary>
    public int? NearIntervalDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.FinalThresholdDays"/>.</summary>
    public int? FinalThresholdDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.FinalIntervalDays"/>.</summary>
    public int? FinalIntervalDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.AtRiskRecheckWorkingDays"/>.</summary>
    public int? AtRiskRecheckWorkingDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.ReminderDelay"/>.</summary>
    public TimeSpan? ReminderDelay { get; init; }
    /// <summary>See <see cref="CheckInSettings.UnansweredAfter"/>.</summary>
    public TimeSpan? UnansweredAfter { get; init; }
    /// <summary>See <see cref="CheckInSettings.EscalateAfterUnansweredInARow"/>.</summary>
    public int? EscalateAfterUnansweredInARow { get; init; }
    /// <summary>See <see cref="CheckInSettings.EscalateWithinWorkingDays"/>.</summary>
    public int? EscalateWithinWorkingDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.SnoozeLaterDays"/>.</summary>
    public int? SnoozeLaterDays { get; init; }
    /// <summary>See <see cref="CheckInSettings.Holidays"/>.</summary>
    public DateOnly[]? Holidays { get; init; }

    /// <summary>Every value of <paramref name="s"/>.</summary>
    public static CheckInSettingsDocument From(CheckInSettings s) => s is null ? throw new ArgumentNullException(nameof(s)) : new()
    {
        CheckInTime = s.CheckInTime, WorkingDays = [.. s.WorkingDays.Order()], WorkdayStart = s.WorkdayStart, WorkdayEnd = s.WorkdayEnd,
        QuietHoursStart = s.QuietHoursStart, QuietHoursEnd = s.QuietHoursEnd, FarThresholdDays = s.FarThresholdDays,
        FarIntervalDays = s.FarIntervalDays, NearIntervalDays = s.NearIntervalDays, FinalThresholdDays = s.FinalThresholdDays,
        FinalIntervalDays = s.FinalIntervalDays, AtRiskRecheckWorkingDays = s.AtRiskRecheckWorkingDays, ReminderDelay = s.ReminderDelay,
        UnansweredAfter = s.UnansweredAfter, EscalateAfterUnansweredInARow = s.EscalateAfterUnansweredInARow,
        EscalateWithinWorkingDays = s.EscalateWithinWorkingDays, SnoozeLaterDays = s.SnoozeLaterDays, Holidays = [.. s.Holidays.Order()],
    };

    /// <summary>The settings this document names, defaults for what it leaves out (not yet validated).</summary>
    public CheckInSettings ToSettings()
    {
        var d = CheckInSettings.Default;
        return new CheckInSettings
        {
            CheckInTime = CheckInTime ?? d.CheckInTime,
            WorkingDays = WorkingDays is null ? d.WorkingDays : WorkingDays.ToHashSet(),
            WorkdayStart = WorkdayStart ?? d.WorkdayStart,
            WorkdayEnd = WorkdayEnd ?? d.WorkdayEnd,
            QuietHoursStart = QuietHoursStart ?? d.QuietHoursStart,
            QuietHoursEnd = QuietHoursEnd ?? d.QuietHoursEnd,
            FarThresholdDays = FarThresholdDays ?? d.FarThresholdDays,
            FarIntervalDays = FarIntervalDays ?? d.FarIntervalDays,
            NearIntervalDays = NearIntervalDays ?? d.NearIntervalDays,
            FinalThresholdDays = FinalThresholdDays ?? d.FinalThresholdDays,
            FinalIntervalDays = FinalIntervalDays ?? d.FinalIntervalDays,
            AtRiskRecheckWorkingDays = AtRiskRecheckWorkingDays ?? d.AtRiskRecheckWorkingDays,
            ReminderDelay = ReminderDelay ?? d.ReminderDelay,
            UnansweredAfter = UnansweredAfter ?? d.UnansweredAfter,
            EscalateAfterUnansweredInARow = EscalateAfterUnansweredInARow ?? d.EscalateAfterUnansweredInARow,
            EscalateWithinWorkingDays = EscalateWithinWorkingDays ?? d.EscalateWithinWorkingDays,
            SnoozeLaterDays = SnoozeLaterDays ?? d.SnoozeLaterDays,
            Holidays = Holidays is null ? d.Holidays : Holidays.ToHashSet(),
        };
    }
}
