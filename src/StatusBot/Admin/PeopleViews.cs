using System.Globalization;
using StatusBot.Core.People;

namespace StatusBot.Admin;

/// <summary>A person as the admin API shows them: what an admin sets, and whether the bot can reach them.</summary>
internal sealed record PersonView(
    string Workspace,
    string UserId,
    string? DisplayName,
    string? TimeZone,
    IReadOnlyList<DayOfWeek>? WorkingDays,
    string? WorkdayStart,
    string? WorkdayEnd,
    string? Manager,
    string? Delegate,
    IReadOnlyList<TimeOffView> TimeOff,
    string? Email,
    Reach Reach,
    string? ReachProblem,
    DateTimeOffset? RefreshedAt)
{
    public static PersonView From(Person p) => new(
        p.Workspace.ToString(),
        p.UserId,
        p.DisplayName,
        p.TimeZone,
        p.WorkingDays is null ? null : [.. p.WorkingDays.Order()],
        Time(p.WorkdayStart),
        Time(p.WorkdayEnd),
        p.Manager,
        p.Delegate,
        [.. p.TimeOff.OrderBy(r => r.Start).Select(r => new TimeOffView(r.Start, r.End))],
        p.Email,
        p.Reach,
        p.ReachProblem,
        p.RefreshedAt);

    /// <summary>As it is written in a request: <c>09:00</c>, with seconds only when there are some.</summary>
    private static string? Time(TimeOnly? time) =>
        time?.ToString(time.Value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>One range of time off, both days included.</summary>
internal sealed record TimeOffView(DateOnly Start, DateOnly End);

/// <summary>A workspace's people, by user id.</summary>
internal sealed record PeopleListView(IReadOnlyList<PersonView> People);
