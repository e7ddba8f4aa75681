using StatusBot.Core.Slips;

namespace StatusBot.Language.Classifier;

/// <summary>
/// A multinomial logistic regression over a sentence's embedding and its words (<see cref="WordFeatures"/>): one
/// row of weights and one bias per label, trained from the tone corpus's training split (<see cref="TrainingSha256"/>
/// says which one).
/// </summary>
public sealed record ToneWeights
{
    /// <summary>The label of a sentence with nothing to change.</summary>
    public const string Clean = "Clean";

    /// <summary>The labels, in the order of <see cref="Weights"/>: <see cref="Clean"/> and the sentence kinds.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>
    /// One row per label: a weight per embedding dimension, then one per word bucket (<see cref="WordBuckets"/>).
    /// </summary>
    public required IReadOnlyList<float[]> Weights { get; init; }

    /// <summary>How many buckets the sentence's words are hashed into; 0 reads the embedding alone.</summary>
    public int WordBuckets { get; init; }

    /// <summary>One bias per label.</summary>
    public required float[] Bias { get; init; }

    /// <summary>A sentence is flagged only when the model gives the kinds together at least this probability.</summary>
    public required double Threshold { get; init; }

    /// <summary>The SHA-256 (hex) of the training split these weights were fitted to.</summary>
    public required string TrainingSha256 { get; init; }

    /// <summary>The probability of each label for one sentence and its embedding.</summary>
    public double[] Probabilities(ReadOnlySpan<float> embedding, string sentence)
    {
        var words = WordBuckets > 0 ? WordFeatures.Buckets(sentence, WordBuckets) : [];
        var scores = new double[Labels.Count];
        for (var label = 0; label < scores.Length; label++)
        {
            var row = Weights[label];
            var score = (double)Bias[label];
            for (var i = 0; i < embedding.Length; i++)
            {
                score += row[i] * embedding[i];
            }

            foreach (var bucket in words)
            {
                score += row[embedding.Length + bucket];
            }

            scores[label] = score;
        }

        return Softmax(scores);
    }

    /// <summary>
    /// The verdict for one sentence: when the kinds together (everything but clean) have at least the threshold, the
    /// most likely kind, with that sum as its confidence; else clean. Wording the model has not seen often spreads
    /// its probability over two kinds (hedging and vague timing, say) with neither above the threshold on its own.
    /// </summary>
    public SentenceVerdict Verdict(ReadOnlySpan<float> embedding, string sentence)
    {
        var p = Probabilities(embedding, sentence);
        var clean = CleanIndex;
        if (1 - p[clean] < Threshold)
        {
            return new SentenceVerdict(null, p[clean]);
        }

        var best = Enumerable.Range(0, p.Length).Where(label => label != clean).MaxBy(label => p[label]);
        return new SentenceVerdict(Enum.Parse<ToneFindingKind>(Labels[best]), 1 - p[clean]);
    }

    /// <summary>The probability that the sentence has something to change: every kind's together.</summary>
    public double ProblemProbability(ReadOnlySpan<float> embedding, string sentence) =>
        1 - Probabilities(embedding, sentence)[CleanIndex];

    private int CleanIndex => Labels.TakeWhile(label => label != Clean).Count();

    /// <summary>Turns scores into probabilities that add up to 1 (in place, and returned).</summary>
    public static double[] Softmax(double[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var max = scores.Max();
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }

        return scores;
    }
}
