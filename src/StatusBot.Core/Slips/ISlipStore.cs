using StatusBot.Core.Chat;
namespace StatusBot.Core.Slips;

/// <summary>
/// Where slip conversations are kept: the latest one of each commitment, with a concurrency token so that
/// two clicks or two hosts never both move the same conversation on.
/// </summary>
public interface ISlipStore
{
    /// <summary>The latest conversation about a commitment (a draft, or one sent or discarded), or null.</summary>
    Task<StoredSlip?> GetAsync(WorkspaceId workspace, string commitmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="state"/> as the commitment's latest conversation, if what is stored still has
    /// <paramref name="expectedToken"/> (null: if nothing is stored yet). Returns it with its new token.
    /// </summary>
    /// <exception cref="SlipConflictException">Someone else stored a newer state first.</exception>
    Task<StoredSlip> SaveAsync(SlipState state, string? expectedToken, CancellationToken cancellationToken = default);

    /// <summary>The conversations a user owns in a workspace that still wait on them (drafts), for listing.</summary>
    Task<IReadOnlyList<SlipState>> ListOpenByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default);
}

/// <summary>A conversation as stored, with the token a save must present.</summary>
/// <param name="State">The conversation.</param>
/// <param name="ConcurrencyToken">The stored version's token (an ETag).</param>
public sealed record StoredSlip(SlipState State, string ConcurrencyToken);

/// <summary>A slip conversation changed since it was read; read it again and decide afresh.</summary>
public sealed class SlipConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlipConflictException() { }

    /// <summary>Creates the exception with a message.</summary>
    public SlipConflictException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SlipConflictException(string message, Exception innerException) : base(message, innerException) { }
}
