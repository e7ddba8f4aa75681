namespace StatusBot.Storage.Tables;

/// <summary>Checks a batch against Azure Table Storage's rules before either engine runs it.</summary>
public static class TableBatchValidator
{
    /// <summary>
    /// Checks the batch: at most 100 operations and 4 MiB (<see cref="EntityTooLargeException"/>), one
    /// partition, no row twice, an ETag where one is needed (<see cref="ArgumentException"/>). A row over
    /// the limits throws <see cref="TableBatchFailedException"/> naming its position.
    /// </summary>
    public static void Validate(string table, IReadOnlyList<TableOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count > TableLimits.MaxBatchOperations)
        {
            throw new EntityTooLargeException(
                $"Table '{table}': a batch of {operations.Count} operations; the limit is {TableLimits.MaxBatchOperations}.");
        }

        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        long size = 0;
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i] ?? throw new ArgumentException($"Table '{table}': batch operation {i} is null.", nameof(operations));
            var row = operation.Row ?? throw new ArgumentException($"Table '{table}': batch operation {i} has no row.", nameof(operations));
            if (!string.Equals(row.PartitionKey, operations[0].Row.PartitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Table '{table}': batch operation {i} is in partition '{TableRowValidator.Shorten(row.PartitionKey)}', " +
                    $"but a batch must stay in one partition ('{TableRowValidator.Shorten(operations[0].Row.PartitionKey)}').",
                    nameof(operations));
            }

            if (!rowKeys.Add(row.RowKey))
            {
                throw new ArgumentException(
                    $"Table '{table}': batch operation {i} touches row '{TableRowValidator.Shorten(row.RowKey)}' again; a batch may touch a row once.",
                    nameof(operations));
            }

            if (NeedsETag(operation.Kind) && string.IsNullOrEmpty(operation.ETag))
            {
                throw new ArgumentException(
                    $"Table '{table}': batch operation {i} ({operation.Kind}) needs an ETag ('*' for any version).", nameof(operations));
            }

            size += ValidateRow(table, operation, i);
        }

        if (size > TableLimits.MaxBatchSize)
        {
            throw new EntityTooLargeException(
                $"Table '{table}': the batch's rows are {size:N0} bytes; the limit is {TableLimits.MaxBatchSize:N0} (4 MiB).");
        }
    }

    /// <summary>Checks a page size: 1 to 1,000.</summary>
    public static void ValidatePageSize(int pageSize)
    {
        if (pageSize is < 1 or > TableLimits.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {TableLimits.MaxPageSize} rows.");
        }
    }

    private static bool NeedsETag(TableOperationKind kind) =>
        kind is TableOperationKind.Replace or TableOperationKind.Merge or TableOperationKind.Delete;

    private static long ValidateRow(string table, TableOperation operation, int index)
    {
        try
        {
            if (operation.Kind == TableOperationKind.Delete)
            {
                TableRowValidator.ValidateKeys(table, operation.Row.PartitionKey, operation.Row.RowKey);
                return TableRowValidator.EntitySize(new TableRow(operation.Row.PartitionKey, operation.Row.RowKey));
            }

            return TableRowValidator.ValidateRow(table, operation.Row);
        }
        catch (EntityTooLargeException e)
        {
            throw new TableBatchFailedException(index, e);
        }
    }
}
