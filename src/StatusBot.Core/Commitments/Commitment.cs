using StatusBot.Core.Chat;

namespace StatusBot.Core.Commitments;

/// <summary>A promise to a customer, with its owner, due date and current state.</summary>
/// <remarks>
/// Every change is also an event in the commitment's history; <see cref="Version"/> counts those
/// events, so the latest event of a commitment always has <see cref="CommitmentEvent.Sequence"/> equal to it.
/// </remarks>
public sealed record Commitment
{
    /// <summary>Unique within its workspace; time-ordered.</summary>
    public required string Id { get; init; }

    /// <summary>The workspace it belongs to (see <see cref="WorkspaceId"/>).</summary>
    public required WorkspaceId Workspace { get; init; }

    /// <summary>What was promised, 1 to 200 characters.</summary>
    public required string Title { get; init; }

    /// <summary>Who it was promised to.</summary>
    public required string Customer { get; init; }

    /// <summary>The promised calendar date, in <see cref="TimeZone"/>.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>The IANA time zone of the due date (and of the owner's working day).</summary>
    public required string TimeZone { get; init; }

    /// <summary>The chat user who answers for it.</summary>
    public required string Owner { get; init; }

    /// <summary>Others who answer for it with the owner: all are asked at check-in, and the first answer counts.</summary>
    public IReadOnlyList<string> CoOwners { get; init; } = [];

    /// <summary>The project channel, where digests and notes go.</summary>
    public required string Channel { get; init; }

    /// <summary>Where the customer is told: a channel id, a user id or an email address.</summary>
    public required string CustomerDestination { get; init; }

    /// <summary>Working days the customer needs to re-plan, when known.</summary>
    public int? NoticeDays { get; init; }

    /// <summary>Who approves a warning before the customer sees it, when anyone must.</summary>
    public string? Approver { get; init; }

    /// <summary>
    /// The commitment's id in another system (a CRM or tracker), set when it is created; a CSV import that names it again
    /// updates this commitment instead of adding another. Null when none was given.
    /// </summary>
    public string? ExternalId { get; init; }

    /// <summary>Open, delivered or cancelled.</summary>
    public CommitmentStatus Status { get; init; } = CommitmentStatus.Open;

    /// <summary>The owner's latest answer.</summary>
    public Health Health { get; init; } = Health.Unknown;

    /// <summary>When <see cref="Health"/> last changed (creation time until then).</summary>
    public required DateTimeOffset HealthSince { get; init; }

    /// <summary>When the commitment was recorded.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where its check-ins stand: what was sent, answered, reminded and escalated.</summary>
    public CheckInState CheckIns { get; init; } = CheckInState.Initial;

    /// <summary>When its latest event happened (its creation until then).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>How many events its history holds.</summary>
    public long Version { get; init; }

    /// <summary>
    /// The store's opaque token for the stored version this copy was read at; null before it is stored.
    /// An update made from a stale copy fails with <see cref="CommitmentConflictException"/>.
    /// </summary>
    public string? ConcurrencyToken { get; init; }
}
