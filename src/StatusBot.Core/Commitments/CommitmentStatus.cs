namespace StatusBot.Core.Commitments;

/// <summary>Where a commitment is in its lifecycle: open, then delivered or cancelled.</summary>
public enum CommitmentStatus
{
    /// <summary>Promised and not yet delivered.</summary>
    Open,

    /// <summary>Delivered to the customer; no more check-ins.</summary>
    Delivered,

    /// <summary>Called off; no more check-ins.</summary>
    Cancelled,
}
