using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

/// <summary>What the conversation needs to know besides its own state, read by the host before each step.</summary>
public sealed record SlipContext
{
    /// <summary>The commitment, as stored now.</summary>
    public required Commitment Commitment { get; init; }

    /// <summary>The owner as the people directory knows them (name, email), for the warning's sign-off; null when unknown.</summary>
    public People.Person? Owner { get; init; }

    /// <summary>The commitment's history.</summary>
    public IReadOnlyList<CommitmentEvent> History { get; init; } = [];

    /// <summary>The histories of the owner's other commitments, for advice from their earlier re-plans.</summary>
    public IReadOnlyList<IReadOnlyList<CommitmentEvent>> OwnerHistories { get; init; } = [];

    /// <summary>The workspace's working days and hours.</summary>
    public CheckInSettings Settings { get; init; } = CheckInSettings.Default;

    /// <summary>The sentence model the tone check also reads the draft with; null for the phrase rules alone.</summary>
    public ISentenceClassifier? Classifier { get; init; }

    /// <summary>Who must approve before the customer sees the warning; null when no one must (or the owner is the approver).</summary>
    public string? Approver => Commitment.Approver is { Length: > 0 } approver && approver != Commitment.Owner ? approver : null;

    /// <summary>The working calendar of the commitment's time zone.</summary>
    public WorkingCalendar Calendar() => new(TimeZones.Get(Commitment.TimeZone), Settings);
}
