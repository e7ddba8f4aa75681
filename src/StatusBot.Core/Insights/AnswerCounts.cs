using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Insights;

/// <summary>What one commitment's history says about its owner's answers (see <see cref="Calibration"/>).</summary>
/// <param name="OnTrackJudged">"On track" answers whose date has since been decided.</param>
/// <param name="OnTrackRight">Of those, the ones where that very date was then delivered on time.</param>
/// <param name="CheckInsSent">Check-ins sent.</param>
/// <param name="Answers">Answers given.</param>
public sealed record AnswerCounts(int OnTrackJudged, int OnTrackRight, int CheckInsSent, int Answers)
{
    /// <summary>No check-in, no answer.</summary>
    public static AnswerCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>
    /// An "on track" answer is judged by the first thing that decided the date in force when it was given: delivered on
    /// or before it (right), a move of ours, a warning or a silent miss (wrong). A cancellation or a move the customer
    /// asked for judges nothing.
    /// </summary>
    public static AnswerCounts For(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return None;
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

        return new(judged, right, sent, answers);
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
