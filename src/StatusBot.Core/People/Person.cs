using StatusBot.Core.Chat;

namespace StatusBot.Core.People;

/// <summary>
/// Someone StatusBot talks to, in one workspace's directory: who they are, when they work, who stands in for them
/// and who they answer to, and whether the bot can reach them. Anything unknown is null and falls back to the
/// workspace's defaults (or, for the time zone, the commitment's).
/// </summary>
public sealed record Person
{
    /// <summary>The workspace whose directory holds them.</summary>
    public required WorkspaceId Workspace { get; init; }

    /// <summary>The platform's id of the person (<c>U0123</c>, <c>29:...</c>).</summary>
    public required string UserId { get; init; }

    /// <summary>Their name as the platform shows it; null when not known yet.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Their IANA time zone; null when not known yet.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Their working days; null for the workspace's.</summary>
    public IReadOnlySet<DayOfWeek>? WorkingDays { get; init; }

    /// <summary>When their working day starts; null for the workspace's.</summary>
    public TimeOnly? WorkdayStart { get; init; }

    /// <summary>When their working day ends; null for the workspace's.</summary>
    public TimeOnly? WorkdayEnd { get; init; }

    /// <summary>The user id of their manager, who hears when they stay silent; null when none is known.</summary>
    public string? Manager { get; init; }

    /// <summary>The user id of who takes their check-ins while they are away; null for none.</summary>
    public string? Delegate { get; init; }

    /// <summary>Their time off, as date ranges (both days included), in their own time zone.</summary>
    public IReadOnlyList<DateRange> TimeOff { get; init; } = [];

    /// <summary>Their email address when the platform gave it.</summary>
    public string? Email { get; init; }

    /// <summary>Their role or job title ("Delivery lead") when the platform gave it, for the warning's sign-off.</summary>
    public string? Title { get; init; }

    /// <summary>Whether the bot can reach them.</summary>
    public Reach Reach { get; init; }

    /// <summary>Why the bot cannot reach them, in words a person can act on; null while it can.</summary>
    public string? ReachProblem { get; init; }

    /// <summary>When the platform's details were last read; null when never.</summary>
    public DateTimeOffset? RefreshedAt { get; init; }

    /// <summary>The store's version, for optimistic concurrency; null for a person not stored yet.</summary>
    public string? ConcurrencyToken { get; init; }

    /// <summary>True when <paramref name="date"/> (in their time zone) falls in their time off.</summary>
    public bool IsAway(DateOnly date) => TimeOff.Any(range => range.Contains(date));

    /// <summary>A person known by id only.</summary>
    public static Person Unknown(WorkspaceId workspace, string userId) => new() { Workspace = workspace, UserId = userId };
}
