using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>What became of a date given to a customer.</summary>
public enum PromiseOutcome
{
    /// <summary>Still the date in force, and not yet passed.</summary>
    Open,

    /// <summary>Delivered on or before it.</summary>
    Kept,

    /// <summary>Replaced by a new date before it passed.</summary>
    Moved,

    /// <summary>Passed with no delivery (or delivered after it, or replaced only after it passed).</summary>
    Missed,

    /// <summary>The commitment was called off while this date was in force.</summary>
    Cancelled,

    /// <summary>Replaced by a new date because the customer asked for one: not our slip.</summary>
    MovedByCustomer,
}

/// <summary>One date given to a customer.</summary>
/// <param name="Date">The date promised.</param>
/// <param name="GivenAt">When it was given: the commitment's creation, or the move that set it.</param>
/// <param name="Outcome">What became of it.</param>
public sealed record PromisedDate(DateOnly Date, DateTimeOffset GivenAt, PromiseOutcome Outcome);

/// <summary>An early warning the customer received.</summary>
/// <param name="SentAt">When it reached them.</param>
/// <param name="LeadTimeWorkingDays">Working days before the old due date; negative when late; null when not recorded.</param>
public sealed record PromiseWarning(DateTimeOffset SentAt, int? LeadTimeWorkingDays)
{
    /// <summary>The customer's latest answer to it; null while they have not answered.</summary>
    public CustomerAnswer? Answer { get; init; }

    /// <summary>When they gave that answer; null while they have not answered.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}

/// <summary>Every date one commitment gave its customer, oldest first.</summary>
/// <param name="CommitmentId">The commitment's id.</param>
/// <param name="Title">What was promised.</param>
/// <param name="Dates">The dates given, oldest first; the last is the one in force.</param>
/// <param name="Warnings">The warnings sent, oldest first.</param>
public sealed record CommitmentPromises(
    string CommitmentId,
    string Title,
    IReadOnlyList<PromisedDate> Dates,
    IReadOnlyList<PromiseWarning> Warnings)
{
    /// <summary>How many times we re-planned the date (moves the customer asked for are not ours).</summary>
    public int Replans => Dates.Count - 1 - Dates.Count(d => d.Outcome == PromiseOutcome.MovedByCustomer);
}
