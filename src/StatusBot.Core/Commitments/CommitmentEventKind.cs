namespace StatusBot.Core.Commitments;

/// <summary>What happened to a commitment.</summary>
public enum CommitmentEventKind
{
    /// <summary>It was recorded.</summary>
    Created,

    /// <summary>Its fields were edited.</summary>
    Edited,

    /// <summary>The owner was asked whether it is on track.</summary>
    CheckInSent,

    /// <summary>The owner answered a check-in.</summary>
    Answered,

    /// <summary>The owner was reminded of an unanswered check-in.</summary>
    Reminded,

    /// <summary>Silence or risk was raised in the project channel.</summary>
    Escalated,

    /// <summary>The owner snoozed check-ins.</summary>
    Snoozed,

    /// <summary>The owner started composing an early warning.</summary>
    SlipStarted,

    /// <summary>The early warning reached the customer.</summary>
    WarningSent,

    /// <summary>The due date moved (the old date is kept in the event).</summary>
    DueDateMoved,

    /// <summary>It was delivered.</summary>
    Delivered,

    /// <summary>It was called off.</summary>
    Cancelled,

    /// <summary>The due date passed with no delivery and no warning.</summary>
    MissedSilently,

    /// <summary>The owner was asked to send a late notice now.</summary>
    LateNoticePrompted,

    /// <summary>A slip conversation moved to another step (its data says which), or its approval was decided.</summary>
    SlipProgressed,

    /// <summary>
    /// A message for it could not be delivered for a reason that will not pass by itself; its data (see
    /// <see cref="ReachEvents"/>) says to whom, why and who was told.
    /// </summary>
    Unreachable,

    /// <summary>The owner's manager was told that the owner is away, with no one standing in, when it falls due.</summary>
    AwayNoticeSent,

    /// <summary>The customer answered an early warning (see <see cref="CustomerAnswers"/> for its data).</summary>
    CustomerAnswered,
}
