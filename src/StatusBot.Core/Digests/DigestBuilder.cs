using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>Builds a <see cref="Digest"/> from commitments and their histories; pure, with the time passed in.</summary>
public static class DigestBuilder
{
    /// <summary>
    /// The digest of <paramref name="commitments"/> at <paramref name="now"/>: each open commitment that needs
    /// attention in exactly one section (the most urgent it meets), the warnings sent in <paramref name="period"/>
    /// and the period's numbers. <paramref name="histories"/> (by commitment id, oldest first) feed the warnings,
    /// the numbers and the "cannot reach" section; without them all three are empty. <paramref name="settings"/> say when a check-in counts as
    /// unanswered (default: <see cref="CheckInSettings.Default"/>).
    /// </summary>
    public static Digest Build(
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>>? histories,
        DigestPeriod period,
        DateTimeOffset now,
        CheckInSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        settings ??= CheckInSettings.Default;
        var zones = new ZoneCache();
        var buckets = new List<DigestLine>[Enum.GetValues<DigestSectionKind>().Length];
        foreach (var commitment in commitments)
        {
            var today = zones.LocalDate(now, commitment.TimeZone);
            var daysLeft = commitment.DueDate.DayNumber - today.DayNumber;
            var history = histories?.GetValueOrDefault(commitment.Id);
            var reach = history is null ? null : ReachEvents.OpenProblem(history);
            var customerSilent = history is not null && CustomerSilence.IsSilent(commitment, history, settings, zones, now);
            if (DigestRules.SectionOf(commitment, daysLeft, settings, zones, now, reach, customerSilent) is { } kind)
            {
                (buckets[(int)kind] ??= []).Add(Line(commitment, daysLeft, zones) with { ReachProblem = reach?.Data.GetValueOrDefault(ReachEvents.Reason) });
            }
        }

        var sections = new List<DigestSection>();
        for (var i = 0; i < buckets.Length; i++)
        {
            if (buckets[i] is { } lines)
            {
                lines.Sort(ByDueDateThenTitle);
                sections.Add(new DigestSection((DigestSectionKind)i, lines));
            }
        }

        var warnings = histories is null ? [] : Warnings(commitments, histories, period, zones);
        var numbers = histories is null ? DigestNumbers.None : DigestNumbers.Count(commitments, histories, period, zones);
        return new Digest(now, period, sections, warnings, numbers);
    }

    private static DigestLine Line(Commitment c, int daysLeft, ZoneCache zones) =>
        new(c.Id, c.Title, c.Customer, c.Owner, c.DueDate, daysLeft, c.Health, zones.LocalDate(c.HealthSince, c.TimeZone));

    private static int ByDueDateThenTitle(DigestLine a, DigestLine b)
    {
        var byDate = a.DueDate.CompareTo(b.DueDate);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(a.Title, b.Title);
        return byTitle != 0 ? byTitle : StringComparer.Ordinal.Compare(a.CommitmentId, b.CommitmentId);
    }

    private static List<DigestWarning> Warnings(
        IReadOnlyList<Commitment> commitments,
        IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>> histories,
        DigestPeriod period,
        ZoneCache zones)
    {
        var warnings = new List<DigestWarning>();
        foreach (var c in commitments)
        {
            if (!histories.TryGetValue(c.Id, out var history))
            {
                continue;
            }

            foreach (var recorded in history)
            {
                if (recorded.Kind == CommitmentEventKind.WarningSent && period.Contains(recorded.At))
                {
                    warnings.Add(new DigestWarning(
                        c.Id, c.Title, c.Customer, c.Owner, recorded.At, zones.LocalDate(recorded.At, c.TimeZone),
                        DigestEventData.Number(recorded, DigestEventData.LeadTimeWorkingDays),
                        DigestEventData.Date(recorded, DigestEventData.OldDueDate),
                        DigestEventData.Date(recorded, DigestEventData.NewDueDate)));
                }
            }
        }

        warnings.Sort((a, b) => a.SentAt != b.SentAt ? a.SentAt.CompareTo(b.SentAt) : StringComparer.OrdinalIgnoreCase.Compare(a.Title, b.Title));
        return warnings;
    }
}
