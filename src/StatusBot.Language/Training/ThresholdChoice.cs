using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Training;

/// <summary>
/// Chooses the probability a kind needs before the model reports it, on the dev split: the lowest threshold (in
/// steps of 0.01, from 0.30 to 0.99) at which at most <see cref="CleanShareOfFlagged"/> of the sentences the tone
/// check flags (phrase rules and model together, as <see cref="ToneCheck.ReviewText"/> reads them) are clean.
/// Lower finds more; higher flags fewer clean sentences.
/// </summary>
public static class ThresholdChoice
{
    /// <summary>The goal: at most 1 flagged sentence in 20 is clean.</summary>
    public const double CleanShareOfFlagged = 0.05;

    private const int Lowest = 30;
    private const int Highest = 99;

    /// <summary>
    /// For each sentence, the highest threshold at which the tone check still flags it: infinity when a phrase rule
    /// does and the model does not overrule it (<see cref="ToneCheck.CleanConfidenceOverrulingRules"/>), else the
    /// highest <see cref="ToneWeights.ProblemProbability"/> over the pieces <see cref="ToneCheck"/> splits it into.
    /// </summary>
    public static double[] FlaggedUpTo(ToneWeights weights, ISentenceEmbedder embedder, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(sentences);
        var pieces = sentences.Select(s => ToneCheck.Sentences(s)).ToList();
        var flat = pieces.SelectMany(p => p).ToList();
        var encodings = embedder.Encode(flat);
        var scores = new double[sentences.Count];
        var next = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var piece in pieces[i])
            {
                var problem = weights.ProblemProbability(encodings[next++], piece);
                var ruleStands = ToneCheck.ReviewText(piece).Count > 0 && 1 - problem < ToneCheck.CleanConfidenceOverrulingRules;
                scores[i] = Math.Max(scores[i], ruleStands ? double.PositiveInfinity : problem);
            }
        }

        return scores;
    }

    /// <summary>The threshold, from each dev sentence's <see cref="FlaggedUpTo"/> and whether it is clean.</summary>
    public static double Choose(IReadOnlyList<(double FlaggedUpTo, bool IsClean)> dev)
    {
        ArgumentNullException.ThrowIfNull(dev);
        for (var step = Lowest; step <= Highest; step++)
        {
            var threshold = step / 100.0;
            var flagged = dev.Where(s => s.FlaggedUpTo >= threshold).ToList();
            if (flagged.Count > 0 && flagged.Count(s => s.IsClean) <= CleanShareOfFlagged * flagged.Count)
            {
                return threshold;
            }
        }

        return Highest / 100.0;
    }
}
