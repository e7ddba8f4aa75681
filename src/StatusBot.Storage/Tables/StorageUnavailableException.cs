namespace StatusBot.Storage.Tables;

/// <summary>
/// The store did not answer in time, or could not be reached at all: nothing about the request was wrong, and the same
/// call may work in a few seconds. Hosts answer it with 503 and <c>Retry-After</c>.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception with what happened and, when there is one, the engine's own failure.</summary>
    public StorageUnavailableException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>Required by the exception pattern.</summary>
    public StorageUnavailableException() { }

    /// <summary>Required by the exception pattern.</summary>
    public StorageUnavailableException(string message) : base(message) { }
}
