namespace StatusBot.Core.Commitments;

/// <summary>A commitment's next version together with the event that made it.</summary>
/// <param name="Commitment">The new version (one more than the version it was made from).</param>
/// <param name="Event">What happened, with the new version as its sequence.</param>
public sealed record CommitmentChange(Commitment Commitment, CommitmentEvent Event);

/// <summary>Makes <see cref="CommitmentChange"/>s, so every change bumps the version and records its event the same way.</summary>
public static class CommitmentChanges
{
    /// <summary>
    /// Records <paramref name="kind"/> by <paramref name="actor"/> at <paramref name="at"/>, with the commitment
    /// changed by <paramref name="change"/> (or left as it is).
    /// </summary>
    public static CommitmentChange Record(
        this Commitment commitment,
        CommitmentEventKind kind,
        string? actor,
        DateTimeOffset at,
        Func<Commitment, Commitment>? change = null,
        IReadOnlyDictionary<string, string>? data = null)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var version = commitment.Version + 1;
        var next = (change?.Invoke(commitment) ?? commitment) with { Version = version, ConcurrencyToken = commitment.ConcurrencyToken, UpdatedAt = at };
        var recorded = data is null
            ? new CommitmentEvent(version, at, kind, actor)
            : new CommitmentEvent(version, at, kind, actor, data);
        return new CommitmentChange(next, recorded);
    }
}
