namespace StatusBot.Core.Commitments;

/// <summary>
/// What the scheduler remembers about one commitment's check-ins: a plain immutable value, changed only
/// by its transitions, so a storage layer can keep it as it is.
/// </summary>
public sealed record CheckInState
{
    /// <summary>Nothing sent, nothing answered.</summary>
    public static CheckInState Initial { get; } = new();

    /// <summary>When the latest check-in went out, if any did.</summary>
    public DateTimeOffset? LastCheckInAt { get; init; }

    /// <summary>True once the latest check-in was answered or snoozed; false while it waits.</summary>
    public bool Answered { get; init; }

    /// <summary>True once the latest check-in's one reminder went out.</summary>
    public bool ReminderSent { get; init; }

    /// <summary>How many check-ins before the latest went unanswered in a row.</summary>
    public int UnansweredInARow { get; init; }

    /// <summary>The triggers already escalated during the current silence (cleared by an answer).</summary>
    public EscalationTriggers SilenceEscalated { get; init; }

    /// <summary>No check-in before this local date, then one on it (or the next working day).</summary>
    public DateOnly? SnoozedUntil { get; init; }

    /// <summary>When the owner last answered.</summary>
    public DateTimeOffset? LastAnswerAt { get; init; }

    /// <summary>The due date whose passed notice period was escalated.</summary>
    public DateOnly? NoticeEscalatedFor { get; init; }

    /// <summary>The due date recorded as missed silently.</summary>
    public DateOnly? MissedSilentlyFor { get; init; }

    /// <summary>The due date, missed silently, whose owner was prompted to send a late notice.</summary>
    public DateOnly? LateNoticePromptedFor { get; init; }

    /// <summary>The due date the customer was warned about.</summary>
    public DateOnly? WarningSentFor { get; init; }

    /// <summary>The first day of the owner's time off their manager was told about (it covers the due date); null when none.</summary>
    public DateOnly? AwayNoticeFor { get; init; }

    /// <summary>
    /// When a permanent delivery failure was last recorded for it (<see cref="CommitmentEventKind.Unreachable"/>); kept
    /// after it heals, so that a digest knows whose history to read. Null when none ever was.
    /// </summary>
    public DateTimeOffset? LastUnreachableAt { get; init; }

    /// <summary>A check-in went out; a previous one still waiting for an answer counts as unanswered.</summary>
    public CheckInState OnCheckInSent(DateTimeOffset at) => this with
    {
        UnansweredInARow = LastCheckInAt is not null && !Answered ? UnansweredInARow + 1 : UnansweredInARow,
        LastCheckInAt = at,
        Answered = false,
        ReminderSent = false,
        SnoozedUntil = null,
    };

    /// <summary>The owner answered (on track, at risk, slipping): the silence, if any, is over.</summary>
    public CheckInState OnAnswered(DateTimeOffset at) => this with
    {
        LastAnswerAt = at,
        Answered = true,
        UnansweredInARow = 0,
        SilenceEscalated = EscalationTriggers.None,
        SnoozedUntil = null,
    };

    /// <summary>The owner snoozed until <paramref name="until"/>; a snooze answers the check-in.</summary>
    public CheckInState OnSnoozed(DateOnly until, DateTimeOffset at) => OnAnswered(at) with { SnoozedUntil = until };

    /// <summary>The reminder for the latest check-in went out.</summary>
    public CheckInState OnReminded() =>
        LastCheckInAt is null || Answered
            ? throw new InvalidOperationException("There is no unanswered check-in to remind of.")
            : this with { ReminderSent = true };

    /// <summary>The owner's silence was raised for <paramref name="triggers"/>.</summary>
    public CheckInState OnEscalated(EscalationTriggers triggers) => this with { SilenceEscalated = SilenceEscalated | triggers };

    /// <summary>The passed notice period for <paramref name="dueDate"/> was raised.</summary>
    public CheckInState OnNoticePeriodEscalated(DateOnly dueDate) => this with { NoticeEscalatedFor = dueDate };

    /// <summary><paramref name="dueDate"/> was recorded as missed silently.</summary>
    public CheckInState OnMissedSilently(DateOnly dueDate) => this with { MissedSilentlyFor = dueDate };

    /// <summary>The owner was prompted to send a late notice for <paramref name="dueDate"/>.</summary>
    public CheckInState OnLateNoticePrompted(DateOnly dueDate) => this with { LateNoticePromptedFor = dueDate };

    /// <summary>The customer was warned about <paramref name="dueDate"/> (before it moves).</summary>
    public CheckInState OnWarningSent(DateOnly dueDate) => this with { WarningSentFor = dueDate };

    /// <summary>The owner's manager was told of the time off starting <paramref name="awayFrom"/>.</summary>
    public CheckInState OnAwayNoticeSent(DateOnly awayFrom) => this with { AwayNoticeFor = awayFrom };
}
