using StatusBot.Core.People;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// Working days and working hours in one time zone. Local times are turned into instants safely across
/// daylight-saving changes: a time skipped by a spring-forward gap moves forward by the gap, and a time
/// repeated by a fall-back overlap means its first occurrence.
/// </summary>
public sealed class WorkingCalendar
{
    // Ten years: far beyond any due date, a guard against looping forever on broken settings.
    private const int MaxDaysScanned = 3660;

    private readonly CheckInSettings _settings;
    private readonly IReadOnlyList<DateRange> _daysOff;

    /// <summary>
    /// A calendar for <paramref name="zone"/> with the working days, hours and holidays of <paramref name="settings"/>,
    /// and, for one person, their <paramref name="daysOff"/> (time off) as non-working days too.
    /// </summary>
    public WorkingCalendar(TimeZoneInfo zone, CheckInSettings settings, IReadOnlyList<DateRange>? daysOff = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(settings);
        Zone = zone;
        _settings = settings;
        _daysOff = daysOff ?? [];
    }

    /// <summary>The time zone local dates and times are read in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>True when <paramref name="date"/> is a working day: a working day of the week, not a holiday, not time off.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _settings.WorkingDays.Contains(date.DayOfWeek) && !_settings.Holidays.Contains(date) && !_daysOff.Any(range => range.Contains(date));

    /// <summary>The local calendar date of <paramref name="instant"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The local wall-clock time of <paramref name="instant"/>.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The instant a local wall-clock reading means (see the class remarks for DST gaps and overlaps).</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Read the clock with the offset in force before the jump: that lands just as far past the gap.
            var before = Zone.GetUtcOffset(local.AddDays(-1));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, before), Zone);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The instant <paramref name="date"/> ends: the start of the next local day.</summary>
    public DateTimeOffset EndOfDay(DateOnly date) => ToInstant(date.AddDays(1), TimeOnly.MinValue);

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => Step(date, 1);

    /// <summary>The last working day on or before <paramref name="date"/>.</summary>
    public DateOnly WorkingDayOnOrBefore(DateOnly date) => Step(date, -1);

    /// <summary>The date <paramref name="days"/> working days after (or, when negative, before) <paramref name="date"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var direction = days < 0 ? -1 : 1;
        for (var left = Math.Abs(days); left > 0; left--)
        {
            date = Step(date.AddDays(direction), direction);
        }

        return date;
    }

    /// <summary>How many working days lie after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>True when <paramref name="instant"/> lies in the working-day window of a working day.</summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var date = LocalDate(instant);
        return IsWorkingDay(date) && instant >= ToInstant(date, _settings.WorkdayStart) && instant < ToInstant(date, _settings.WorkdayEnd);
    }

    /// <summary>True when <paramref name="instant"/> falls in quiet hours, local time.</summary>
    public bool IsQuiet(DateTimeOffset instant) => _settings.IsQuiet(TimeOnly.FromDateTime(Local(instant)));

    /// <summary>The working time (inside the working-day window, on working days) between two instants.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var day = LocalDate(from); from < to && day <= LocalDate(to); day = day.AddDays(1))
        {
            var (start, end) = Window(day);
            if (IsWorkingDay(day) && Max(start, from) < Min(end, to))
            {
                total += Min(end, to) - Max(start, from);
            }
        }

        return total;
    }

    /// <summary>The instant by which <paramref name="duration"/> of working time has passed since <paramref name="from"/>.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan duration)
    {
        var remaining = duration;
        var day = LocalDate(from);
        for (var i = 0; i < MaxDaysScanned; i++, day = day.AddDays(1))
        {
            var (start, end) = Window(day);
            start = Max(start, from);
            if (!IsWorkingDay(day) || start >= end)
            {
                continue;
            }

            if (remaining <= end - start)
            {
                return start + remaining;
            }

            remaining -= end - start;
        }

        throw new InvalidOperationException($"No working time found within {MaxDaysScanned} days of {from:O} in {Zone.Id}.");
    }

    /// <summary>The first instant at or after <paramref name="from"/> that is <paramref name="time"/> local on a working day.</summary>
    public DateTimeOffset NextSlot(DateTimeOffset from, TimeOnly time)
    {
        for (var day = WorkingDayOnOrAfter(LocalDate(from)); ; day = WorkingDayOnOrAfter(day.AddDays(1)))
        {
            var slot = ToInstant(day, time);
            if (slot >= from)
            {
                return slot;
            }
        }
    }

    private (DateTimeOffset Start, DateTimeOffset End) Window(DateOnly day) =>
        (ToInstant(day, _settings.WorkdayStart), ToInstant(day, _settings.WorkdayEnd));

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var i = 0; i < 7; i++, date = date.AddDays(direction))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException("The check-in settings name no working days.");
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
