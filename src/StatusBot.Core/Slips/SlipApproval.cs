namespace StatusBot.Core.Slips;

/// <summary>Where an approval stands.</summary>
public enum ApprovalStatus
{
    /// <summary>Asked for; no answer yet, and the approve-by time has not passed.</summary>
    Pending,

    /// <summary>The approver approved; the warning goes out.</summary>
    Approved,

    /// <summary>The approver asked for changes; the owner revises and asks again.</summary>
    ChangesRequested,

    /// <summary>The approve-by time passed with no answer: the owner may send without approval.</summary>
    TimedOut,
}

/// <summary>One request for approval of a warning, as plain data.</summary>
public sealed record SlipApproval
{
    /// <summary>The user asked to approve.</summary>
    public required string Approver { get; init; }

    /// <summary>When approval was asked for.</summary>
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>The answer is needed by then (see <see cref="ApprovalPolicy"/>).</summary>
    public required DateTimeOffset ApproveBy { get; init; }

    /// <summary>True when the customer's notice moment had already passed when approval was asked for.</summary>
    public bool NoticeMomentPassed { get; init; }

    /// <summary>Where it stands.</summary>
    public ApprovalStatus Status { get; init; } = ApprovalStatus.Pending;

    /// <summary>When the approver answered, or the request timed out.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>What the approver asked to change, when they did.</summary>
    public string? Note { get; init; }
}
