namespace StatusBot.Core.Digests;

/// <summary>The sections of a digest, most urgent first; a commitment is listed in the first that fits it.</summary>
public enum DigestSectionKind
{
    /// <summary>A message for it could not be delivered for a reason that will not pass by itself (see <see cref="DigestLine.ReachProblem"/>).</summary>
    CannotReach,

    /// <summary>The owner said "slipping" and the customer has not been warned about the current due date.</summary>
    SlippingNotWarned,

    /// <summary>The due date ended with no delivery and no warning.</summary>
    MissedSilently,

    /// <summary>The owner said "at risk".</summary>
    AtRisk,

    /// <summary>The owner has left check-ins unanswered.</summary>
    OwnerNotAnswering,

    /// <summary>The customer has not answered the latest warning after <see cref="CustomerSilence.WorkingDays"/> working days.</summary>
    CustomerNotAnswering,

    /// <summary>Due within seven days (or overdue after a warning).</summary>
    DueWithinWeek,
}
