namespace StatusBot.Storage.Tables;

/// <summary>A range of row keys in ordinal order: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
/// <param name="From">The lowest row key included, or null for no lower bound.</param>
/// <param name="To">The first row key excluded, or null for no upper bound.</param>
public sealed record RowKeyRange(string? From, string? To)
{
    /// <summary>Every row key that starts with <paramref name="prefix"/>.</summary>
    public static RowKeyRange Prefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // The smallest string greater than every string with this prefix: bump the last character
        // that can be bumped (a trailing U+FFFF cannot; with nothing left there is no upper bound).
        var stem = prefix.TrimEnd(char.MaxValue);
        var upper = stem.Length == 0 ? null : stem[..^1] + (char)(stem[^1] + 1);
        return new RowKeyRange(prefix, upper);
    }

    /// <summary>True when <paramref name="rowKey"/> lies in the range.</summary>
    public bool Contains(string rowKey) =>
        (From is null || string.CompareOrdinal(rowKey, From) >= 0) &&
        (To is null || string.CompareOrdinal(rowKey, To) < 0);
}
