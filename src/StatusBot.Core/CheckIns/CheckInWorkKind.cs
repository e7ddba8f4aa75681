namespace StatusBot.Core.CheckIns;

/// <summary>A piece of work the scheduler does for a commitment. When two fall due together, the lower value goes first.</summary>
public enum CheckInWorkKind
{
    /// <summary>Remind the owner of the unanswered check-in.</summary>
    Reminder,

    /// <summary>Tell the project channel the owner is silent.</summary>
    Escalation,

    /// <summary>Tell the project channel the customer's notice period began while the health is unknown or at risk.</summary>
    NoticePeriodPassed,

    /// <summary>Ask the owner whether the commitment is on track.</summary>
    CheckIn,

    /// <summary>The due date ended with no delivery and no warning: record it and tell the channel.</summary>
    MissedSilently,

    /// <summary>After a due date was missed silently, prompt the owner (in working time) to send a late notice now.</summary>
    LateNoticePrompt,

    /// <summary>Tell the owner's manager, before it starts, that the owner's time off covers the due date and no one stands in.</summary>
    AwayNotice,
}
