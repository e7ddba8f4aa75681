namespace StatusBot.Storage.Tables;

/// <summary>Azure Table Storage's limits, applied identically by both engines.</summary>
public static class TableLimits
{
    /// <summary>A partition or row key is at most 1 KiB: 512 UTF-16 characters.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Custom properties per entity: 255 minus PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxProperties = 252;

    /// <summary>A property name is at most this many characters.</summary>
    public const int MaxPropertyNameLength = 255;

    /// <summary>A string property is at most 64 KiB: 32,768 UTF-16 characters.</summary>
    public const int MaxStringLength = 32 * 1024;

    /// <summary>A binary property is at most 64 KiB.</summary>
    public const int MaxBinaryLength = 64 * 1024;

    /// <summary>An entity's size (see <see cref="TableRowValidator.EntitySize"/>) is at most 1 MiB.</summary>
    public const int MaxEntitySize = 1024 * 1024;

    /// <summary>A batch holds at most 100 operations.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>A batch's entities together are at most 4 MiB.</summary>
    public const int MaxBatchSize = 4 * 1024 * 1024;

    /// <summary>A query page holds at most 1,000 rows.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The earliest date Azure Table Storage stores (1601-01-01 UTC).</summary>
    public static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
