using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>One commitment as a digest lists it. Text is as users wrote it (adapters escape it).</summary>
/// <param name="CommitmentId">The commitment's id.</param>
/// <param name="Title">What was promised.</param>
/// <param name="Customer">Who it was promised to.</param>
/// <param name="Owner">The chat user who answers for it.</param>
/// <param name="DueDate">The due date in force.</param>
/// <param name="DaysLeft">Calendar days from today to the due date in the commitment's zone; negative when overdue.</param>
/// <param name="Health">The owner's latest answer.</param>
/// <param name="HealthSince">The local date (in the commitment's zone) the health last changed.</param>
public sealed record DigestLine(
    string CommitmentId,
    string Title,
    string Customer,
    string Owner,
    DateOnly DueDate,
    int DaysLeft,
    Health Health,
    DateOnly HealthSince)
{
    /// <summary>In the <see cref="DigestSectionKind.CannotReach"/> section: who cannot be reached, why and what to do; otherwise null.</summary>
    public string? ReachProblem { get; init; }
}

/// <summary>A section of a digest: its kind and its commitments, ordered by due date, then title.</summary>
/// <param name="Kind">Which section.</param>
/// <param name="Lines">Its commitments; never empty in a built digest.</param>
public sealed record DigestSection(DigestSectionKind Kind, IReadOnlyList<DigestLine> Lines);

/// <summary>An early warning sent in the digest's period.</summary>
/// <param name="CommitmentId">The commitment's id.</param>
/// <param name="Title">What was promised.</param>
/// <param name="Customer">Who was warned.</param>
/// <param name="Owner">The chat user who answers for it.</param>
/// <param name="SentAt">When the warning reached the customer.</param>
/// <param name="SentOn">The local date it was sent, in the commitment's zone.</param>
/// <param name="LeadTimeWorkingDays">Working days before the old due date; negative when late; null when not recorded.</param>
/// <param name="OldDueDate">The due date warned about, when recorded.</param>
/// <param name="NewDueDate">The new date given, when recorded.</param>
public sealed record DigestWarning(
    string CommitmentId,
    string Title,
    string Customer,
    string Owner,
    DateTimeOffset SentAt,
    DateOnly SentOn,
    int? LeadTimeWorkingDays,
    DateOnly? OldDueDate,
    DateOnly? NewDueDate);
