namespace StatusBot.Core.Slips;

/// <summary>What the tone check found in a draft warning.</summary>
public enum ToneFindingKind
{
    /// <summary>Timing the customer cannot plan around ("soon", "next week", "ASAP").</summary>
    VagueTiming,

    /// <summary>Pointing at the customer or someone else, or defending ourselves.</summary>
    Blame,

    /// <summary>Telling the customer how small the problem is, instead of letting them judge.</summary>
    Minimising,

    /// <summary>Our internal disagreement reaching the customer.</summary>
    InternalDebate,

    /// <summary>Certainty nobody can have ("guaranteed", "100% sure").</summary>
    OverPromising,

    /// <summary>Hoping rather than committing ("hopefully", "fingers crossed", "we'll try our best").</summary>
    Hedging,

    /// <summary>No new date.</summary>
    MissingDate,

    /// <summary>No plan: nothing on what we are doing about it.</summary>
    MissingPlan,

    /// <summary>Nothing on what the delay means for the customer.</summary>
    MissingImpact,

    /// <summary>No ask: nothing invites the customer to answer.</summary>
    MissingAsk,
}

/// <summary>One thing the tone check suggests changing.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Phrase">The words found, as written; empty for a missing part.</param>
/// <param name="Part">The part the words are in, or the missing part; null when the new date is missing.</param>
/// <param name="Suggestion">What would read better, in a sentence.</param>
public sealed record ToneFinding(ToneFindingKind Kind, string Phrase, SlipPart? Part, string Suggestion)
{
    /// <summary>The sentence the finding is about; empty for a missing part.</summary>
    public string Sentence { get; init; } = string.Empty;

    /// <summary>How sure the sentence model is, from 0 to 1; null for a phrase rule's finding (which is certain of its words).</summary>
    public double? Confidence { get; init; }
}
