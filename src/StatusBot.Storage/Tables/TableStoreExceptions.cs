namespace StatusBot.Storage.Tables;

/// <summary>A table operation that the store refused; the subclass says why.</summary>
public class TableStoreException : Exception
{
    /// <summary>Creates the exception with a message naming the table and keys.</summary>
    public TableStoreException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>Required by the exception pattern.</summary>
    public TableStoreException() { }

    /// <summary>Required by the exception pattern.</summary>
    public TableStoreException(string message) : base(message) { }
}

/// <summary>An insert found a row with the same keys (Azure: 409).</summary>
public sealed class EntityAlreadyExistsException : TableStoreException
{
    /// <inheritdoc />
    public EntityAlreadyExistsException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>The row to replace, merge or delete does not exist (Azure: 404).</summary>
public sealed class EntityNotFoundException : TableStoreException
{
    /// <inheritdoc />
    public EntityNotFoundException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>The row changed since it was read: its ETag no longer matches (Azure: 412).</summary>
public sealed class ETagMismatchException : TableStoreException
{
    /// <inheritdoc />
    public ETagMismatchException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>
/// A row, key, property or batch over Azure Table Storage's limits (sizes, counts, a key with a forbidden
/// character, an invalid or reserved property name), or a property of an unsupported type.
/// See <see cref="TableRowValidator"/>.
/// </summary>
public sealed class EntityTooLargeException : TableStoreException
{
    /// <inheritdoc />
    public EntityTooLargeException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>A batch failed as a whole because of one of its operations; nothing in it took effect.</summary>
public sealed class TableBatchFailedException : TableStoreException
{
    /// <summary>Creates the exception for the operation at <paramref name="failedIndex"/>.</summary>
    public TableBatchFailedException(int failedIndex, TableStoreException innerException)
        : base($"Batch operation {failedIndex} failed, so the batch was rolled back: {innerException.Message}", innerException)
    {
        FailedIndex = failedIndex;
    }

    /// <summary>The position in the batch of the operation that failed.</summary>
    public int FailedIndex { get; }

    /// <summary>Why that operation failed.</summary>
    public TableStoreException Reason => (TableStoreException)InnerException!;
}
