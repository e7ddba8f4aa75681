using StatusBot.Core.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// The owner index: beside each listed copy (<c>&lt;channel&gt;|&lt;id&gt;</c>) in the workspace's partition, one
/// more copy per owner, keyed <c>|o|&lt;owner&gt;|&lt;id&gt;</c>, so that a person's commitments are one range. An
/// escaped channel never starts with <c>|</c>, so these keys never meet a channel's range; the copies are written
/// in the same atomic batch as the channel copy, so the two never disagree.
/// </summary>
internal static class OwnerRows
{
    /// <summary>Every row key of the owner index (and of its marker) starts with this.</summary>
    public const string IndexPrefix = "|";
    private const string OwnerPrefix = "|o|";

    /// <summary>The row that says a workspace's owner index is complete (filled for commitments stored before it existed).</summary>
    public const string MarkerRowKey = "|m|owners";

    public static string RowKey(string owner, string id) => OwnerPrefix + IndexRows.Escape(owner) + "|" + id;

    /// <summary>Every copy filed under <paramref name="owner"/>.</summary>
    public static RowKeyRange Range(string owner) => RowKeyRange.Prefix(OwnerPrefix + IndexRows.Escape(owner) + "|");

    /// <summary>The channel copies of a workspace, around the owner index (which sorts at <c>|</c>).</summary>
    public static IReadOnlyList<RowKeyRange> ChannelCopies { get; } =
        [new RowKeyRange(null, IndexPrefix), RowKeyRange.Prefix(IndexPrefix) is { To: { } after } ? new RowKeyRange(after, null) : throw new InvalidOperationException()];

    /// <summary>Who a commitment is filed under. Every owner of the commitment belongs here (co-owners too, when it has them).</summary>
    public static IReadOnlySet<string> OwnersOf(Commitment commitment) => new HashSet<string>(CoOwners.All(commitment), StringComparer.Ordinal);

    /// <summary>Who a listed copy (as read back) is filed under: the same as <see cref="OwnersOf(Commitment)"/> of what it holds.</summary>
    public static IReadOnlySet<string> OwnersOf(TableRow copy) => OwnersOf(CommitmentRows.FromRow(copy, concurrencyToken: null));

    /// <summary>The writes that file <paramref name="copy"/> (a channel copy) under each of <paramref name="owners"/>.</summary>
    public static IEnumerable<TableOperation> FileUnder(TableRow copy, IReadOnlySet<string> owners)
    {
        var id = CommitmentRows.Get<string>(copy, "Id");
        foreach (var owner in owners)
        {
            var row = new TableRow(copy.PartitionKey, RowKey(owner, id));
            foreach (var (name, value) in copy.Properties)
            {
                row[name] = value;
            }

            yield return new TableOperation(TableOperationKind.UpsertReplace, row);
        }
    }
}
