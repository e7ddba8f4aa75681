using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

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
    /// Every owner's calibration, by owner id. An "on track" answer is judged by the first thing that decided the date in
    /// force when it was given: delivered on or before it (right), a move of ours, a warning or a silent miss (wrong).
    /// A cancellation or a move the customer asked for judges nothing.
    /// </summary>
    public static IReadOnlyList<Calibration> For(
        IReadOnlyList<Commitment> commitments, IReadOnlyDictionary<string, IReadOnlyList<CommitmentEvent>> histories)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(histories);
        var owners = new Dictionary<string, Calibration>(StringComparer.Ordinal);
        foreach (var commitment in commitments)
        {
            if (!histories.TryGetValue(commitment.Id, out var history) || history.Count == 0)
            {
                continue;
            }

            var timeline = DueDateTimeline.For(commitment, history);
            var zone = TimeZones.TryFind(commitment.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
            var (judged, right, sent, answers) = (0, 0, 0, 0);
            for (var i = 0; i < history.Count; i++)
            {
                var e = history[i];
                sent += e.Kind == CommitmentEventKind.CheckInSent ? 1 : 0;
                answers += e.Kind == CommitmentEventKind.Answered ? 1 : 0;
                if (e.Kind == CommitmentEventKind.Answered && e.Data.GetValueOrDefault("health") == nameof(Health.OnTrack)
                    && Judge(history, i + 1, timeline.DueDateAt(e.At), zone) is { } wasRight)
                {
                    judged++;
                    right += wasRight ? 1 : 0;
                }
            }

            var before = owners.GetValueOrDefault(commitment.Owner) ?? new Calibration(commitment.Owner, 0, 0, 0, 0);
            owners[commitment.Owner] = before with
            {
                OnTrackJudged = before.OnTrackJudged + judged, OnTrackRight = before.OnTrackRight + right,
                CheckInsSent = before.CheckInsSent + sent, Answers = before.Answers + answers,
            };
        }

        return [.. owners.Values.OrderBy(c => c.Owner, StringComparer.Ordinal)];
    }

    private static bool? Judge(IReadOnlyList<CommitmentEvent> history, int from, DateOnly due, TimeZoneInfo zone)
    {
        for (var i = from; i < history.Count; i++)
        {
            var e = history[i];
            switch (e.Kind)
            {
                case CommitmentEventKind.Delivered:
                    return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.At, zone).DateTime) <= due;
                case CommitmentEventKind.WarningSent or CommitmentEventKind.DueDateMoved or CommitmentEventKind.MissedSilently:
                    return false;
                case CommitmentEventKind.Edited when DigestEventData.EditedDueDate(e) is not null:
                    return DueDateReasons.AskedByCustomer(e) ? null : false;
                case CommitmentEventKind.Cancelled:
                    return null;
                default:
                    break;
            }
        }

        return null;
    }
}
