using StatusBot.Core.Commitments;

namespace StatusBot.Core.Insights;

/// <summary>
/// How well an owner's "on track" answers foretold what happened, and how often they answer check-ins.
/// </summary>
/// <param name="Owner">The owner's user id.</param>
/// <param name="OnTrackJudged">"On track" answers whose date has since been decided (delivered, moved by us, or missed).</param>
/// <param name="OnTrackRight">Of those, the ones where that very date was then delivered on time.</param>
/// <param name="CheckInsSent">Check-ins sent on the owner's commitments.</param>
/// <param name="Answers">Answers given to them.</param>
public sealed record Calibration(string Owner, int OnTrackJudged, int OnTrackRight, int CheckInsSent, int Answers)
{
    /// <summary>The share of judged "on track" answers that were right, 0 to 1; null before any is judged.</summary>
    public double? Score => OnTrackJudged == 0 ? null : (double)OnTrackRight / OnTrackJudged;

    /// <summary>Answers per check-in sent, 0 to 1; null before any check-in.</summary>
    public double? ResponseRate => CheckInsSent == 0 ? null : Math.Min(1, (double)Answers / CheckInsSent);

    /// <summary>
    /// Every owner's calibration, by owner id, from the commitments that have a history (see <see cref="AnswerCounts.For"/>).
    /// </summary>
    public static IReadOnlyList<Calibration> For(
        IReadOnlyList<Commitment> commitments, IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>> histories)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(histories);
        return Sum(commitments
            .Where(c => histories.TryGetValue(c.Id, out var history) && history.Count > 0)
            .Select(c => (c.Owner, AnswerCounts.For(c, histories[c.Id]))));
    }

    /// <summary>Every owner's calibration, by owner id, from the facts of the commitments that have more than their creation.</summary>
    public static IReadOnlyList<Calibration> For(IEnumerable<CommitmentFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Sum(facts.Where(f => f.Version > 1).Select(f => (f.Owner, f.Answers)));
    }

    private static List<Calibration> Sum(IEnumerable<(string Owner, AnswerCounts Counts)> counted)
    {
        var owners = new Dictionary<string, Calibration>(StringComparer.Ordinal);
        foreach (var (owner, counts) in counted)
        {
            var before = owners.GetValueOrDefault(owner) ?? new Calibration(owner, 0, 0, 0, 0);
            owners[owner] = before with
            {
                OnTrackJudged = before.OnTrackJudged + counts.OnTrackJudged, OnTrackRight = before.OnTrackRight + counts.OnTrackRight,
                CheckInsSent = before.CheckInsSent + counts.CheckInsSent, Answers = before.Answers + counts.Answers,
            };
        }

        return [.. owners.Values.OrderBy(c => c.Owner, StringComparer.Ordinal)];
    }
}
