namespace StatusBot.Core.Slips;

/// <summary>
/// A model that reads what a sentence means rather than which words it uses: it recognises the tone check's
/// problems in wording no phrase rule lists. The tone check asks it about every sentence (<see cref="ToneCheck.ReviewText"/>).
/// </summary>
public interface ISentenceClassifier
{
    /// <summary>One verdict per sentence, in the order given; an empty list when the model is not ready.</summary>
    /// <param name="sentences">Single sentences, as written.</param>
    IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences);
}

/// <summary>What the model read in one sentence.</summary>
/// <param name="Kind">The problem it found, or null for a clean sentence.</param>
/// <param name="Confidence">How sure it is of <paramref name="Kind"/> (or of clean), from 0 to 1.</param>
public sealed record SentenceVerdict(ToneFindingKind? Kind, double Confidence);
