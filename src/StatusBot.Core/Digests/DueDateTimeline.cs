using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>
/// Every due date a commitment has had, read from its history (oldest first): the first date (the
/// <see cref="CommitmentEventKind.Created"/> event's <see cref="DigestEventData.DueDate"/>, else the first
/// move's old date, else the current date), then each <see cref="CommitmentEventKind.DueDateMoved"/>'s new
/// date and each due date changed by an <see cref="CommitmentEventKind.Edited"/> event.
/// <see cref="CommitmentEventKind.WarningSent"/> is not a move: the slip conversation records the move after it.
/// </summary>
internal sealed class DueDateTimeline
{
    private readonly List<(DateOnly Date, DateTimeOffset Since)> _dates;
    private readonly HashSet<int> _askedByCustomer;

    private DueDateTimeline(List<(DateOnly Date, DateTimeOffset Since)> dates, HashSet<int> askedByCustomer) =>
        (_dates, _askedByCustomer) = (dates, askedByCustomer);

    /// <summary>The dates, each with the instant it came into force, oldest first.</summary>
    public IReadOnlyList<(DateOnly Date, DateTimeOffset Since)> Dates => _dates;

    /// <summary>How many times the date moved.</summary>
    public int Moves => _dates.Count - 1;

    /// <summary>True when the date at <paramref name="index"/> of <see cref="Dates"/> came from a move the customer asked for (see <see cref="DueDateReasons"/>).</summary>
    public bool AskedByCustomer(int index) => _askedByCustomer.Contains(index);

    public static DueDateTimeline For(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        DateOnly? first = null;
        var moves = new List<(DateOnly Date, DateTimeOffset Since)>();
        var askedByCustomer = new HashSet<int>();
        foreach (var recorded in history)
        {
            if (recorded.Kind == CommitmentEventKind.Created)
            {
                first ??= DigestEventData.Date(recorded, DigestEventData.DueDate);
            }
            else if (Move(recorded) is { } move)
            {
                first ??= move.Old;
                moves.Add((move.New, recorded.At));
                if (DueDateReasons.AskedByCustomer(recorded))
                {
                    askedByCustomer.Add(moves.Count); // Its index in Dates: the first date comes before the moves.
                }
            }
        }

        var dates = new List<(DateOnly Date, DateTimeOffset Since)>(moves.Count + 1)
        {
            (first ?? commitment.DueDate, commitment.CreatedAt),
        };
        dates.AddRange(moves);
        return new DueDateTimeline(dates, askedByCustomer);
    }

    /// <summary>The due date in force at <paramref name="at"/>.</summary>
    public DateOnly DueDateAt(DateTimeOffset at)
    {
        var date = _dates[0].Date;
        for (var i = 1; i < _dates.Count && _dates[i].Since <= at; i++)
        {
            date = _dates[i].Date;
        }

        return date;
    }

    private static (DateOnly? Old, DateOnly New)? Move(CommitmentEvent recorded) => recorded.Kind switch
    {
        CommitmentEventKind.DueDateMoved when DigestEventData.Date(recorded, DigestEventData.NewDueDate) is { } next =>
            (DigestEventData.Date(recorded, DigestEventData.OldDueDate), next),
        CommitmentEventKind.Edited when DigestEventData.EditedDueDate(recorded) is { } edit => (edit.Old, edit.New),
        _ => null,
    };
}
