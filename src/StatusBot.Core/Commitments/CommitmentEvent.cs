namespace StatusBot.Core.Commitments;

/// <summary>One entry of a commitment's append-only history.</summary>
/// <param name="Sequence">1 for the first event, then one more each time; equals the commitment's version after it.</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">The user who did it, or null when the bot did.</param>
/// <param name="Data">Details of the event (for example the old and new due dates), by name.</param>
public sealed record CommitmentEvent(
    long Sequence,
    DateTimeOffset At,
    CommitmentEventKind Kind,
    string? Actor,
    IReadOnlyDictionary<string, string> Data)
{
    /// <summary>An event with no details.</summary>
    public CommitmentEvent(long sequence, DateTimeOffset at, CommitmentEventKind kind, string? actor)
        : this(sequence, at, kind, actor, EmptyData)
    {
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyData = new Dictionary<string, string>();
}
