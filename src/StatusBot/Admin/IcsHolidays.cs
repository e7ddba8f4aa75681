using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using StatusBot.Core.CheckIns;

namespace StatusBot.Admin;

/// <summary>
/// The days off in an iCalendar file (a calendar app's export of public holidays): every day of each all-day event,
/// recurring events' occurrences from <c>today</c> for <see cref="HorizonYears"/> years; events with a time of day are meetings,
/// not days off, and are passed over.
/// </summary>
internal static class IcsHolidays
{
    /// <summary>How far ahead a recurring event is expanded.</summary>
    public const int HorizonYears = 2;

    /// <summary>The dates, or why the calendar cannot be read (in words for whoever sent it).</summary>
    public static (IReadOnlySet<DateOnly>? Dates, string? Problem) Read(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var calendar = Calendar.Load(text.TrimStart('\uFEFF'));
            if (calendar is null)
            {
                return (null, "The calendar is empty; send an iCalendar file (BEGIN:VCALENDAR ... END:VCALENDAR).");
            }

            var dates = new HashSet<DateOnly>();
            foreach (var holiday in calendar.Events)
            {
                if (holiday.DtStart is null)
                {
                    return (null, $"The event '{holiday.Summary}' has no DTSTART (or one that cannot be read); nothing was changed.");
                }

                if (holiday.IsAllDay && !Add(holiday, today, dates))
                {
                    return (null, $"The calendar holds more than {CheckInSettings.MaxHolidays} days off; nothing was changed.");
                }
            }

            return dates.Count == 0
                ? (null, "The calendar has no all-day events; holidays are all-day events (events with a time of day are passed over).")
                : (dates, null);
        }
        catch (Exception ex) when (ex is SerializationException or ArgumentException or FormatException or OverflowException
            or InvalidOperationException or EvaluationException)
        {
            return (null, $"The calendar cannot be read ({ex.Message}); nothing was changed.");
        }
    }

    /// <summary>Adds every day of <paramref name="holiday"/>'s occurrences; false once there are too many.</summary>
    private static bool Add(CalendarEvent holiday, DateOnly today, HashSet<DateOnly> dates)
    {
        var recurring = holiday.RecurrenceRule is not null || holiday.RecurrenceDates.GetAllPeriods().Any();
        var occurrences = recurring
            ? holiday.GetOccurrences(new CalDateTime(today), null).TakeWhileBefore(new CalDateTime(today.AddYears(HorizonYears)))
            : holiday.GetOccurrences(null, null);
        foreach (var occurrence in occurrences)
        {
            // All-day periods end on the day after their last (DTEND is exclusive); a lone DTSTART is one day.
            var first = occurrence.Period.StartTime.Date;
            var end = occurrence.Period.EffectiveEndTime?.Date is { } after && after > first ? after : first.AddDays(1);
            for (var day = first; day < end; day = day.AddDays(1))
            {
                dates.Add(day);
                if (dates.Count > CheckInSettings.MaxHolidays)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
