namespace StatusBot.Core.People;

/// <summary>Calendar days from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (not before <paramref name="Start"/>).</param>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    /// <summary>True when <paramref name="date"/> is one of the days.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>True when the two share a day.</summary>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;
}
