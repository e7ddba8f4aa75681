namespace StatusBot.Core.Commitments;

/// <summary>A commitment changed (or appeared, or vanished) between reading it and writing it; read it again and retry.</summary>
public sealed class CommitmentConflictException : Exception
{
    /// <summary>Creates the exception with a message naming the commitment.</summary>
    public CommitmentConflictException(string message, Exception? innerException = null) : base(message, innerException) { }

    /// <summary>Required by the exception pattern.</summary>
    public CommitmentConflictException() { }

    /// <summary>Required by the exception pattern.</summary>
    public CommitmentConflictException(string message) : base(message) { }
}
