namespace StatusBot.Teams.Graph;

/// <summary>Microsoft Graph refused a call, or could not be reached; the message says which call and why, never a token.</summary>
public sealed class TeamsGraphException : Exception
{
    /// <summary>Creates the exception for <paramref name="operation"/>, answered with <paramref name="status"/> (0 when no answer came).</summary>
    public TeamsGraphException(string operation, int status, string error, Exception? innerException = null)
        : base($"Microsoft Graph {operation} failed: {error}.", innerException)
    {
        Operation = operation;
        Status = status;
        Error = error;
    }

    /// <summary>Required by the exception pattern.</summary>
    public TeamsGraphException() : this("call", 0, "unknown_error") { }

    /// <summary>Required by the exception pattern.</summary>
    public TeamsGraphException(string message) : this("call", 0, message) { }

    /// <summary>Required by the exception pattern.</summary>
    public TeamsGraphException(string message, Exception innerException) : this("call", 0, message, innerException) { }

    /// <summary>The call: <c>user</c>, <c>manager</c>, <c>mailbox time zone</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status Graph answered with; 0 when none came (network, timeout, token).</summary>
    public int Status { get; }

    /// <summary>What failed: <c>http_403 (Authorization_RequestDenied)</c>, <c>network_error</c>, ...</summary>
    public string Error { get; }

    /// <summary>True when the app lacks a permission (403): only an admin's consent mends it.</summary>
    public bool IsForbidden => Status == 403;
}
