namespace StatusBot.Storage.Tables;

/// <summary>
/// Applies Azure Table Storage's limits before anything is written, so both engines refuse the same rows
/// with the same message. Limits broken by data throw <see cref="EntityTooLargeException"/>; a null or
/// misused argument throws <see cref="ArgumentException"/>.
/// </summary>
public static class TableRowValidator
{
    /// <summary>Checks a table name: 3 to 63 letters or digits, starting with a letter, not "tables".</summary>
    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63 && char.IsAsciiLetter(name[0]) &&
            name.All(char.IsAsciiLetterOrDigit) && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);
        if (!valid)
        {
            throw new ArgumentException(
                $"Table name '{name}' is invalid: use 3 to 63 ASCII letters or digits, starting with a letter (not 'tables').",
                nameof(name));
        }
    }

    /// <summary>Checks a partition key and a row key (1 KiB at most, no '/', '\', '#', '?' or control characters).</summary>
    public static void ValidateKeys(string table, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        ValidateKey(table, "partition key", partitionKey);
        ValidateKey(table, "row key", rowKey);
    }

    /// <summary>Checks one key; <paramref name="kind"/> names it in the message.</summary>
    public static void ValidateKey(string table, string kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length > TableLimits.MaxKeyLength)
        {
            throw new EntityTooLargeException(
                $"Table '{table}': {kind} '{Shorten(key)}' has {key.Length} characters; the limit is {TableLimits.MaxKeyLength} (1 KiB).");
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new EntityTooLargeException(
                    $"Table '{table}': {kind} '{Shorten(key)}' contains U+{(int)c:X4} at {i}; keys may not contain '/', '\\', '#', '?' or control characters.");
            }
        }

        if (!TablePropertyRules.IsWellFormed(key))
        {
            throw new EntityTooLargeException($"Table '{table}': {kind} '{Shorten(key)}' has an unpaired surrogate character.");
        }
    }

    /// <summary>Checks a whole row: keys, property names, types, sizes. Returns the entity's size in bytes.</summary>
    public static long ValidateRow(string table, TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ValidateKeys(table, row.PartitionKey, row.RowKey);
        if (row.Properties.Count > TableLimits.MaxProperties)
        {
            throw new EntityTooLargeException(
                $"{Where(table, row)} has {row.Properties.Count} properties; the limit is {TableLimits.MaxProperties}.");
        }

        foreach (var (name, value) in row.Properties)
        {
            TablePropertyRules.ValidateName(table, row, name);
            TablePropertyRules.ValidateValue(table, row, name, value);
        }

        var size = EntitySize(row);
        if (size > TableLimits.MaxEntitySize)
        {
            throw new EntityTooLargeException(
                $"{Where(table, row)} is {size:N0} bytes; the limit is {TableLimits.MaxEntitySize:N0} (1 MiB).");
        }

        return size;
    }

    /// <summary>
    /// The entity's size as Azure counts it: 4 + 2 per key character + for each property
    /// 8 + 2 per name character + the value (string 4 + 2 per character, binary 4 + length, bool 1,
    /// int 4, long/double/date 8, Guid 16).
    /// </summary>
    public static long EntitySize(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        long size = 4 + ((long)row.PartitionKey.Length + row.RowKey.Length) * 2;
        foreach (var (name, value) in row.Properties)
        {
            size += 8 + (name.Length * 2L) + ValueSize(value);
        }

        return size;
    }

    internal static string Where(string table, TableRow row) =>
        $"Table '{table}': row (partition '{Shorten(row.PartitionKey)}', row '{Shorten(row.RowKey)}')";

    internal static string Shorten(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");

    private static long ValueSize(object? value) => value switch
    {
        string s => 4 + (s.Length * 2L),
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        long or double or DateTimeOffset => 8,
        Guid => 16,
        _ => 0,
    };
}
