using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Core.CheckIns;

/// <summary>
/// The workspace's check-in rules as they apply to one person: in their time zone, on their working days and hours,
/// around their time off. Messages to a person are timed by this; due dates stay in the commitment's own zone.
/// </summary>
public static class PersonalTime
{
    /// <summary>
    /// <paramref name="workspace"/>'s settings with <paramref name="person"/>'s working days and hours where they set
    /// them; a check-in time outside their day moves to an hour after it starts (or its start, for a short day).
    /// </summary>
    public static CheckInSettings Settings(CheckInSettings workspace, Person? person)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (person is null || (person.WorkingDays is null && person.WorkdayStart is null && person.WorkdayEnd is null))
        {
            return workspace;
        }

        var start = person.WorkdayStart ?? workspace.WorkdayStart;
        var end = person.WorkdayEnd ?? workspace.WorkdayEnd;
        if (start >= end)
        {
            return workspace; // refused when set; a stored pair that cannot work falls back rather than break planning
        }

        var checkIn = workspace.CheckInTime >= start && workspace.CheckInTime < end ? workspace.CheckInTime
            : start.AddHours(1) < end ? start.AddHours(1) : start;
        var personal = workspace with
        {
            WorkingDays = person.WorkingDays is { Count: > 0 } days ? days : workspace.WorkingDays,
            WorkdayStart = start,
            WorkdayEnd = end,
            CheckInTime = checkIn,
        };
        // Quiet hours are the workspace's; a personal day that runs into them keeps the workspace's day instead.
        return personal.Problems().Count == 0 ? personal : workspace;
    }

    /// <summary>
    /// The calendar messages to <paramref name="person"/> are timed by: their zone (else <paramref name="fallbackZone"/>),
    /// their working days and hours, the workspace's holidays, and their time off unless a delegate stands in for them.
    /// </summary>
    public static WorkingCalendar Calendar(Person? person, string fallbackZone, CheckInSettings workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var zone = Zone(person, fallbackZone);
        var daysOff = person is { Delegate: null } ? person.TimeOff : [];
        return new WorkingCalendar(zone, Settings(workspace, person), daysOff);
    }

    /// <summary>The delegate standing in for <paramref name="person"/> at <paramref name="at"/>, when they are away then and named one.</summary>
    public static string? StandIn(Person? person, string fallbackZone, DateTimeOffset at)
    {
        if (person is not { Delegate: { } stand } || person.TimeOff.Count == 0)
        {
            return null;
        }

        return person.IsAway(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone(person, fallbackZone)).DateTime)) ? stand : null;
    }

    /// <summary><paramref name="person"/>'s time zone when they have a valid one, else <paramref name="fallbackZone"/> (the commitment's).</summary>
    public static TimeZoneInfo Zone(Person? person, string fallbackZone) =>
        person?.TimeZone is { } own && TimeZones.TryFind(own, out var found) ? found : TimeZones.Get(fallbackZone);
}
