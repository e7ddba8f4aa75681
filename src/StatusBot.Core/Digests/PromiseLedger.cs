using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>
/// Every date a customer was given, whether it was kept, how often it moved, and when they were warned:
/// the record a customer would keep of our promises.
/// </summary>
/// <param name="Customer">The customer, as asked for.</param>
/// <param name="Commitments">Their commitments, oldest first.</param>
public sealed record PromiseLedger(string Customer, IReadOnlyList<CommitmentPromises> Commitments)
{
    /// <summary>How many dates the customer was given.</summary>
    public int DatesGiven => Commitments.Sum(c => c.Dates.Count);

    /// <summary>How many of them were kept.</summary>
    public int Kept => Count(PromiseOutcome.Kept);

    /// <summary>How many were moved before they passed.</summary>
    public int Moved => Count(PromiseOutcome.Moved);

    /// <summary>How many were moved because the customer asked: not our slip.</summary>
    public int MovedByCustomer => Count(PromiseOutcome.MovedByCustomer);

    /// <summary>How many were missed.</summary>
    public int Missed => Count(PromiseOutcome.Missed);

    /// <summary>
    /// The ledger of <paramref name="customer"/> (matched ignoring case and surrounding spaces) from
    /// <paramref name="commitments"/> and their <paramref name="histories"/> (by id, oldest first; see
    /// <see cref="DigestEventData"/> for the keys read). With <paramref name="now"/>, an open date that has
    /// ended in the commitment's zone counts as missed; without it, only one recorded as missed silently does.
    /// </summary>
    public static PromiseLedger For(
        string customer,
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>>? histories,
        DateTimeOffset? now = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customer);
        ArgumentNullException.ThrowIfNull(commitments);
        var zones = new ZoneCache();
        var name = customer.Trim();
        var promises = commitments
            .Where(c => string.Equals(c.Customer.Trim(), name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Promises(c, histories?.GetValueOrDefault(c.Id) ?? [], zones, now))
            .ToList();
        return new PromiseLedger(name, promises);
    }

    private int Count(PromiseOutcome outcome) => Commitments.Sum(c => c.Dates.Count(d => d.Outcome == outcome));

    private static CommitmentPromises Promises(Commitment c, IReadOnlyList<CommitmentEvent> history, ZoneCache zones, DateTimeOffset? now)
    {
        var timeline = DueDateTimeline.For(c, history);
        var closed = history.FirstOrDefault(e => e.Kind is CommitmentEventKind.Delivered or CommitmentEventKind.Cancelled);
        var missedSilently = history
            .Where(e => e.Kind == CommitmentEventKind.MissedSilently)
            .Select(e => DigestEventData.Date(e, DigestEventData.DueDate))
            .ToHashSet();
        var dates = new List<PromisedDate>(timeline.Dates.Count);
        for (var i = 0; i < timeline.Dates.Count; i++)
        {
            var (date, since) = timeline.Dates[i];
            var outcome = i + 1 < timeline.Dates.Count
                ? timeline.AskedByCustomer(i + 1) ? PromiseOutcome.MovedByCustomer : Replaced(date, zones.LocalDate(timeline.Dates[i + 1].Since, c.TimeZone), missedSilently)
                : Last(c, date, closed, missedSilently, zones, now);
            dates.Add(new PromisedDate(date, since, outcome));
        }

        var warnings = history
            .Where(e => e.Kind == CommitmentEventKind.WarningSent)
            .Select(e => Answered(new PromiseWarning(e.At, DigestEventData.Number(e, DigestEventData.LeadTimeWorkingDays)), DigestEventData.Date(e, DigestEventData.OldDueDate), history))
            .ToList();
        return new CommitmentPromises(c.Id, c.Title, dates, warnings);
    }

    /// <summary>The warning with the customer's latest answer to it, if any.</summary>
    private static PromiseWarning Answered(PromiseWarning warning, DateOnly? about, IReadOnlyList<CommitmentEvent> history)
    {
        var answer = about is null ? null : history.LastOrDefault(e => CustomerAnswers.Of(e) is not null && CustomerAnswers.WarningFor(e) == about);
        return answer is null ? warning : warning with { Answer = CustomerAnswers.Of(answer), AnsweredAt = answer.At };
    }

    // A date replaced after it had ended, or recorded as missed silently, was missed before it moved.
    private static PromiseOutcome Replaced(DateOnly date, DateOnly movedOn, HashSet<DateOnly?> missedSilently) =>
        movedOn > date || missedSilently.Contains(date) ? PromiseOutcome.Missed : PromiseOutcome.Moved;

    private static PromiseOutcome Last(Commitment c, DateOnly date, CommitmentEvent? closed, HashSet<DateOnly?> missedSilently, ZoneCache zones, DateTimeOffset? now)
    {
        if (closed?.Kind == CommitmentEventKind.Delivered)
        {
            return zones.LocalDate(closed.At, c.TimeZone) <= date ? PromiseOutcome.Kept : PromiseOutcome.Missed;
        }

        if (closed is not null || c.Status == CommitmentStatus.Cancelled)
        {
            return PromiseOutcome.Cancelled;
        }

        if (c.Status == CommitmentStatus.Delivered)
        {
            // Delivered with no event to date it: the record cannot tell it was late.
            return PromiseOutcome.Kept;
        }

        var ended = now is { } at && zones.LocalDate(at, c.TimeZone) > date;
        return ended || missedSilently.Contains(date) ? PromiseOutcome.Missed : PromiseOutcome.Open;
    }
}
