namespace StatusBot.Core.Commitments;

/// <summary>
/// How far ahead a due date may be: a promise further out than <see cref="Years"/> years is not one to check in on
/// (and the dates the plan derives from it must stay within the calendar).
/// </summary>
public static class DueDateHorizon
{
    /// <summary>The most years from today a due date may be.</summary>
    public const int Years = 10;

    /// <summary>The last due date allowed on <paramref name="today"/>.</summary>
    public static DateOnly LastFrom(DateOnly today) => today.AddYears(Years);

    /// <summary>Why <paramref name="due"/> is too far ahead of <paramref name="today"/>, or null when it is not.</summary>
    public static string? Refusal(DateOnly due, DateOnly today) =>
        due > LastFrom(today)
            ? $"{due:yyyy-MM-dd} is more than {Years} years away; a due date must be on or before {LastFrom(today):yyyy-MM-dd}."
            : null;
}
