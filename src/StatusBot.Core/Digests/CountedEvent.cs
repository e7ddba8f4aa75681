namespace StatusBot.Core.Digests;

/// <summary>What kind of thing the headline numbers count.</summary>
public enum CountedEventKind
{
    /// <summary>An early warning sent to the customer.</summary>
    Warning,

    /// <summary>A due date that passed in silence.</summary>
    MissedSilently,

    /// <summary>A delivery.</summary>
    Delivered,

    /// <summary>A due date we moved (a re-plan, or an edit the customer did not ask for).</summary>
    DateMoved,

    /// <summary>A due date moved because the customer asked.</summary>
    DateMovedForCustomer,
}

/// <summary>
/// One event of a commitment's history as <see cref="DigestNumbers"/> counts it, judged once with the commitment as it
/// stood, so that numbers of any period are a sum of these without reading the history again.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What it counts as.</param>
/// <param name="LeadTimeWorkingDays">A warning's recorded lead time, when there is one.</param>
/// <param name="Kept">A warning with the customer's full notice, or a delivery on or before the due date then in force.</param>
public sealed record CountedEvent(DateTimeOffset At, CountedEventKind Kind, int? LeadTimeWorkingDays = null, bool Kept = false);
