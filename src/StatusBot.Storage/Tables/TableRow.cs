namespace StatusBot.Storage.Tables;

/// <summary>
/// One entity in a table, shaped like an Azure Table Storage entity: a partition key, a row key,
/// typed properties and the ETag the store gave it.
/// </summary>
/// <remarks>
/// Property values are limited to the types both engines store faithfully: <see cref="string"/>,
/// <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="DateTimeOffset"/>, <see cref="Guid"/> and <see cref="byte"/> arrays. Each comes back as the
/// type written (an <see cref="int"/> stays int, a <see cref="long"/> stays long); dates come back as the same
/// instant in UTC (offset zero) with full tick precision, and only finite doubles and dates from 1601 on are
/// stored. <see cref="TableRowValidator"/> lists every limit.
/// </remarks>
public sealed class TableRow
{
    /// <summary>Creates a row with the given keys and no properties yet.</summary>
    public TableRow(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition: rows of one partition can be queried and batched together.</summary>
    public string PartitionKey { get; }

    /// <summary>The row's key, unique within its partition; rows are ordered by it (ordinal).</summary>
    public string RowKey { get; }

    /// <summary>The row's properties by name (case-sensitive).</summary>
    public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The version the store gave this row when it was read or written; null for a new row.</summary>
    public string? ETag { get; set; }

    /// <summary>Indexer over <see cref="Properties"/>; setting null removes the property.</summary>
    public object? this[string name]
    {
        get => Properties.GetValueOrDefault(name);
        set
        {
            if (value is null)
            {
                Properties.Remove(name);
            }
            else
            {
                Properties[name] = value;
            }
        }
    }
}
