using System.Globalization;

namespace StatusBot.Core.CheckIns;

/// <summary>Dates and distances as people say them: "Fri 12 Dec", "in 5 days".</summary>
internal static class DateText
{
    /// <summary>"Fri 12 Dec", with the year when it is not <paramref name="today"/>'s.</summary>
    public static string Short(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "ddd d MMM" : "ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"today", "tomorrow", "in 5 days", "yesterday", "3 days ago".</summary>
    public static string Distance(DateOnly date, DateOnly today) =>
        (date.DayNumber - today.DayNumber) switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 and var days => $"in {days} days",
            var days => $"{-days} days ago",
        };

    /// <summary>"the last week", "the last 3 weeks", "the last 10 days".</summary>
    public static string LastDays(int days) =>
        days switch
        {
            7 => "the last week",
            _ when days > 0 && days % 7 == 0 => $"the last {days / 7} weeks",
            1 => "the last day",
            _ => $"the last {days} days",
        };

    /// <summary>How often an interval of days feels: "every working day", "twice a week", "weekly".</summary>
    public static string Every(int days) =>
        days switch
        {
            1 => "every working day",
            3 => "twice a week",
            7 => "weekly",
            14 => "every two weeks",
            _ => $"every {days} days",
        };
}
