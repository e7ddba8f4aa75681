using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;

namespace StatusBot.Core.Tests.Slips;

/// <summary>Builds commitment histories for re-plan tests; events are dated at 10:00 Berlin time.</summary>
internal sealed class History
{
    private readonly List<CommitmentEvent> _events = [];

    public History() => Add(CommitmentEventKind.Created, new DateOnly(2025, 12, 1));

    public IReadOnlyList<CommitmentEvent> Events => _events;

    public History Moved(DateOnly on, DateOnly from, DateOnly to) => Add(CommitmentEventKind.DueDateMoved, on, new()
    {
        [SlipEventData.OldDueDate] = SlipEventData.Format(from),
        [SlipEventData.NewDueDate] = SlipEventData.Format(to),
    });

    /// <summary>An edit that moved the due date, with the reason given (<c>ours</c> or <c>customer</c>).</summary>
    public History Edited(DateOnly on, DateOnly from, DateOnly to, string reason) => Add(CommitmentEventKind.Edited, on, new()
    {
        ["dueDate"] = $"{SlipEventData.Format(from)} -> {SlipEventData.Format(to)}",
        [DueDateReasons.Key] = reason,
    });

    public History Delivered(DateOnly on) => Add(CommitmentEventKind.Delivered, on);

    public History Missed(DateOnly due) => Add(CommitmentEventKind.MissedSilently, due.AddDays(1), new() { [SlipEventData.MissedDueDate] = SlipEventData.Format(due) });

    private History Add(CommitmentEventKind kind, DateOnly on, Dictionary<string, string>? data = null)
    {
        var at = Given.Berlin(on.Month, on.Day, 10, year: on.Year);
        _events.Add(new CommitmentEvent(_events.Count + 1, at, kind, "U_OWNER", data ?? []));
        return this;
    }
}
