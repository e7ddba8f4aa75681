using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

/// <summary>
/// What earlier re-plans say about the new date: how often and by how much they overran, and how many
/// new dates this commitment has had. A realistic date is suggested from that, never imposed.
/// </summary>
public sealed record ReplanAdvice
{
    /// <summary>How many of the most recent known outcomes the advice is drawn from.</summary>
    public const int Window = 5;

    /// <summary>The known outcomes used, most recent first (at most <see cref="Window"/>).</summary>
    public required IReadOnlyList<ReplanOutcome> Outcomes { get; init; }

    /// <summary>How many times this commitment's due date has already moved.</summary>
    public required int EarlierNewDates { get; init; }

    /// <summary>The median overrun of <see cref="Outcomes"/> (0.4 is 40%), 0 when there are none.</summary>
    public double MedianOverrun => Median([.. Outcomes.Select(o => o.Overrun)]);

    /// <summary>How many of <see cref="Outcomes"/> overran.</summary>
    public int Overran => Outcomes.Count(o => o.ExtraDays > 0);

    /// <summary>
    /// Reads <paramref name="history"/> (this commitment) and <paramref name="ownerHistories"/> (the owner's
    /// other commitments), with dates read in <paramref name="calendar"/>'s zone.
    /// </summary>
    public static ReplanAdvice From(
        IReadOnlyList<CommitmentEvent> history, IEnumerable<IReadOnlyList<CommitmentEvent>> ownerHistories, WorkingCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(ownerHistories);
        ArgumentNullException.ThrowIfNull(calendar);
        var today = calendar.LocalDate(now);
        var outcomes = ownerHistories.Prepend(history)
            .SelectMany(h => ReplanHistory.Outcomes(h, calendar.LocalDate, today))
            .OrderByDescending(o => o.MadeAt)
            .Take(Window)
            .ToList();
        return new ReplanAdvice { Outcomes = outcomes, EarlierNewDates = history.Count(e => e.Kind == CommitmentEventKind.DueDateMoved) };
    }

    /// <summary>
    /// The realistic date for a new date of <paramref name="asked"/>: today plus the span asked for, grown by
    /// the median overrun, on a working day. Null when history gives no reason to expect more time is needed.
    /// </summary>
    public DateOnly? Suggest(DateOnly asked, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var span = asked.DayNumber - today.DayNumber;
        if (span <= 0 || MedianOverrun <= 0)
        {
            return null;
        }

        var suggested = calendar.WorkingDayOnOrAfter(today.AddDays((int)Math.Ceiling(span * (1 + MedianOverrun))));
        return suggested > asked ? suggested : null;
    }

    /// <summary>Why history asks for caution, in one sentence; null when it does not.</summary>
    public string? Reason()
    {
        if (MedianOverrun <= 0)
        {
            return null;
        }

        var percent = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(MedianOverrun * 100):0}%");
        return Outcomes.Count == 1
            ? $"Your last re-plan overran by {percent} of the time you asked for."
            : $"{Capitalise(Count(Overran))} of your last {Count(Outcomes.Count)} re-plans overran; the median overrun was {percent} of the time you asked for.";
    }

    /// <summary>"This is the second new date for Acme on this commitment.", or null for the first.</summary>
    public string? Naming(string customer) =>
        EarlierNewDates == 0 ? null : $"This is the {Ordinal(EarlierNewDates + 1)} new date for {customer} on this commitment.";

    internal static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => string.Create(CultureInfo.InvariantCulture, $"{n}{(n % 100 is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" })}"),
    };

    private static string Count(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
