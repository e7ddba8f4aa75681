using StatusBot.Core.Digests;

namespace StatusBot.Dashboard;

/// <summary>One commitment's promises to a customer as a timeline: each date given and what became of it, and each warning.</summary>
internal static class Ledger
{
    public static IReadOnlyList<(DateTimeOffset At, string Text)> Timeline(CommitmentPromises promises)
    {
        ArgumentNullException.ThrowIfNull(promises);
        var items = new List<(DateTimeOffset At, string Text)>();
        for (var i = 0; i < promises.Dates.Count; i++)
        {
            var date = promises.Dates[i];
            var verb = i == 0 ? "Promised" : "New date given:";
            items.Add((date.GivenAt, $"{verb} {Labels.Date(date.Date)} — {Outcome(date.Outcome)}"));
        }

        foreach (var warning in promises.Warnings)
        {
            var lead = warning.LeadTimeWorkingDays is { } days
                ? days >= 0 ? $"{days} working days before the date" : $"{-days} working days late"
                : "lead time not recorded";
            items.Add((warning.SentAt, $"Warned ({lead})"));
        }

        return [.. items.OrderBy(i => i.At)];
    }

    private static string Outcome(PromiseOutcome outcome) => outcome switch
    {
        PromiseOutcome.Open => "still in force",
        PromiseOutcome.Kept => "kept",
        PromiseOutcome.Moved => "moved by us",
        PromiseOutcome.MovedByCustomer => "moved at the customer's request",
        PromiseOutcome.Missed => "missed",
        PromiseOutcome.Cancelled => "cancelled",
        _ => outcome.ToString(),
    };
}
