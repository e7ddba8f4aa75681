namespace StatusBot.Core.Commitments;

/// <summary>One field named in an edit: its new raw value, or null to clear it.</summary>
/// <param name="Value">What the user typed; null clears an optional field (and is refused for a required one).</param>
public sealed record FieldEdit(string? Value)
{
    /// <summary>Clears an optional field.</summary>
    public static FieldEdit Clear { get; } = new((string?)null);
}

/// <summary>
/// An edit of a commitment as a user typed it, with JSON merge-patch meaning: a field left null is
/// unchanged, a <see cref="FieldEdit"/> sets it (or clears it). Checked by <see cref="CommitmentEdits.Apply"/>.
/// </summary>
public sealed record CommitmentEdit
{
    /// <summary>A new title.</summary>
    public FieldEdit? Title { get; init; }

    /// <summary>A new customer name.</summary>
    public FieldEdit? Customer { get; init; }

    /// <summary>A new due date, <c>yyyy-MM-dd</c>.</summary>
    public FieldEdit? DueDate { get; init; }

    /// <summary>
    /// Why the due date moves: <c>ours</c> (we need more time) or <c>customer</c> (the customer asked for another date,
    /// which is no slip of ours). Optional; recorded with the move (see <see cref="DueDateReasons"/>).
    /// </summary>
    public string? DueDateReason { get; init; }

    /// <summary>A new IANA time zone.</summary>
    public FieldEdit? TimeZone { get; init; }

    /// <summary>A new owner.</summary>
    public FieldEdit? Owner { get; init; }

    /// <summary>A new project channel.</summary>
    public FieldEdit? Channel { get; init; }

    /// <summary>A new customer destination.</summary>
    public FieldEdit? CustomerDestination { get; init; }

    /// <summary>A new notice period in working days, or a clear.</summary>
    public FieldEdit? NoticeDays { get; init; }

    /// <summary>New co-owners (ids or mentions, comma-separated), or a clear.</summary>
    public FieldEdit? CoOwners { get; init; }

    /// <summary>A new approver, or a clear.</summary>
    public FieldEdit? Approver { get; init; }

    /// <summary><c>delivered</c> or <c>cancelled</c> to close the commitment.</summary>
    public FieldEdit? Status { get; init; }
}
