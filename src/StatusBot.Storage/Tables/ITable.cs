namespace StatusBot.Storage.Tables;

/// <summary>
/// One table with Azure Table Storage semantics. Both engines (Azure Tables and SQLite) implement it
/// and pass the same contract suite.
/// </summary>
/// <remarks>
/// Failures are typed: <see cref="EntityAlreadyExistsException"/>, <see cref="EntityNotFoundException"/>,
/// <see cref="ETagMismatchException"/>, <see cref="EntityTooLargeException"/> (or an invalid key), and
/// <see cref="TableBatchFailedException"/> naming the operation that failed a batch.
/// </remarks>
public interface ITable
{
    /// <summary>The table's name.</summary>
    string Name { get; }

    /// <summary>Reads one row, or null when there is none.</summary>
    Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of a partition in row-key order, optionally limited to a row-key range.</summary>
    /// <remarks>
    /// A page may hold fewer rows than <paramref name="pageSize"/>, even none, while its continuation token
    /// says more follow (Azure ends pages at its own boundaries): read until the token is null.
    /// </remarks>
    /// <param name="partitionKey">The only partition read.</param>
    /// <param name="range">Row keys to include; null for all.</param>
    /// <param name="pageSize">At most this many rows (1 to 1,000).</param>
    /// <param name="continuationToken">The token from the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<TablePage> QueryAsync(
        string partitionKey,
        RowKeyRange? range = null,
        int pageSize = 1000,
        string? continuationToken = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a row; <see cref="EntityAlreadyExistsException"/> when one has its keys. Returns the new ETag.</summary>
    Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a row when its ETag still is <paramref name="eTag"/> (<c>*</c>: any). Returns the new ETag.
    /// A missing row throws <see cref="EntityNotFoundException"/> (with <c>*</c> too); a changed one <see cref="ETagMismatchException"/>.
    /// </summary>
    Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges properties into a row when its ETag still is <paramref name="eTag"/> (<c>*</c>: any). Returns the new ETag.
    /// Fails like <see cref="ReplaceAsync"/>; a merge cannot remove a property.
    /// </summary>
    Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default);

    /// <summary>Inserts the row, or replaces (or merges into) the existing one whatever its version. Returns the new ETag.</summary>
    Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default);

    /// <summary>Deletes a row when its ETag still is <paramref name="eTag"/> (<c>*</c>: any); fails like <see cref="ReplaceAsync"/>.</summary>
    Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs up to 100 operations on one partition atomically: all take effect or none does.
    /// Returns the new ETag of each operation's row, in order (empty for deletes).
    /// </summary>
    Task<IReadOnlyList<string>> ExecuteBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default);
}
