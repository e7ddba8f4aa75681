namespace StatusBot.Core.Commitments;

/// <summary>
/// Why a due date moved, as an edit records it under <see cref="Key"/>: a date the customer asked to move is not our slip,
/// so the promise ledger, the digest's numbers and re-plan advice leave it out of what they count against us.
/// </summary>
public static class DueDateReasons
{
    /// <summary>The event data key of the reason, on an <see cref="CommitmentEventKind.Edited"/> event that moved the due date.</summary>
    public const string Key = "dueDateReason";

    /// <summary>We need more time.</summary>
    public const string Ours = "ours";

    /// <summary>The customer asked for another date.</summary>
    public const string Customer = "customer";

    /// <summary>The reason <paramref name="value"/> names (either word, any case, trimmed), or null when it names neither.</summary>
    public static string? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Ours => Ours,
        Customer => Customer,
        _ => null,
    };

    /// <summary>True when <paramref name="recorded"/> moved the due date because the customer asked.</summary>
    public static bool AskedByCustomer(CommitmentEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data.GetValueOrDefault(Key) == Customer;
    }
}
