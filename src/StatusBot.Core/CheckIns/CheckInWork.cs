using StatusBot.Core.Commitments;

namespace StatusBot.Core.CheckIns;

/// <summary>The next piece of work for one commitment: what, when, and why.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="At">When it falls due; an instant in the past means now.</param>
/// <param name="Reason">Why then, in words an owner or admin can read.</param>
/// <param name="DueDate">The due date the work concerns.</param>
/// <param name="Triggers">For an <see cref="CheckInWorkKind.Escalation"/>, why it is raised.</param>
/// <param name="AwayFrom">For an <see cref="CheckInWorkKind.AwayNotice"/>, the first day of the owner's time off.</param>
public sealed record CheckInWork(
    CheckInWorkKind Kind,
    DateTimeOffset At,
    string Reason,
    DateOnly DueDate,
    EscalationTriggers Triggers = EscalationTriggers.None,
    DateOnly? AwayFrom = null);
