using StatusBot.Core.Slips;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Classifier;

/// <summary>
/// A multinomial logistic regression over a sentence's embedding, its words (<see cref="WordFeatures"/>) and, for
/// each label, its word pieces' states pooled by that label's own attention: one row of weights, one bias, one query
/// and one row of pooled weights per label, trained from the tone corpus's training split (<see cref="TrainingSha256"/>
/// says which one). The attention lets a kind carried by three words of a long sentence count in full, where the
/// sentence's mean embedding dilutes it.
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

    /// <summary>
    /// One query per label (empty: no attention): a word piece whose state lies along the query draws more of that
    /// label's attention (the weights of a softmax over the pieces).
    /// </summary>
    public IReadOnlyList<float[]> Queries { get; init; } = [];

    /// <summary>One row per label (empty with <see cref="Queries"/>): the weights of that label's pooled word pieces.</summary>
    public IReadOnlyList<float[]> Pooled { get; init; } = [];

    /// <summary>One bias per label.</summary>
    public required float[] Bias { get; init; }

    /// <summary>A sentence is flagged only when the model gives the kinds together at least this probability.</summary>
    public required double Threshold { get; init; }

    /// <summary>The SHA-256 (hex) of the training split these weights were fitted to.</summary>
    public required string TrainingSha256 { get; init; }

    /// <summary>The probability of each label for one sentence and what the sentence model read of it.</summary>
    public double[] Probabilities(SentenceEncoding encoding, string sentence)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        var embedding = encoding.Embedding;
        var words = WordBuckets > 0 ? WordFeatures.Buckets(sentence, WordBuckets) : [];
        var scores = new double[Labels.Count];
        for (var label = 0; label < scores.Length; label++)
        {
            var row = Weights[label];
            var score = (double)Bias[label] + Dot(row, embedding);
            foreach (var bucket in words)
            {
                score += row[embedding.Length + bucket];
            }

            if (Queries.Count > 0 && encoding.Pieces.Length > 0)
            {
                score += Dot(Pooled[label], Attend(Queries[label], encoding.Pieces));
            }

            scores[label] = score;
        }

        return Softmax(scores);
    }

    /// <summary>The pieces' states averaged with weights that are the softmax of each state's product with the query.</summary>
    public static double[] Attend(ReadOnlySpan<float> query, float[][] pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var attention = new double[pieces.Length];
        for (var t = 0; t < pieces.Length; t++)
        {
            attention[t] = Dot(query, pieces[t]);
        }

        Softmax(attention);
        var pooled = new double[query.Length];
        for (var t = 0; t < pieces.Length; t++)
        {
            for (var j = 0; j < pooled.Length; j++)
            {
                pooled[j] += attention[t] * pieces[t][j];
            }
        }

        return pooled;
    }

    private static double Dot(ReadOnlySpan<float> weights, ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += weights[i] * values[i];
        }

        return sum;
    }

    private static double Dot(ReadOnlySpan<float> weights, double[] values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += weights[i] * values[i];
        }

        return sum;
    }

    /// <summary>
    /// The verdict for one sentence: when the kinds together (everything but clean) have at least the threshold, the
    /// most likely kind, with that sum as its confidence; else clean. Wording the model has not seen often spreads
    /// its probability over two kinds (hedging and vague timing, say) with neither above the threshold on its own.
    /// </summary>
    public SentenceVerdict Verdict(SentenceEncoding encoding, string sentence)
    {
        var p = Probabilities(encoding, sentence);
        var clean = CleanIndex;
        if (1 - p[clean] < Threshold)
        {
            return new SentenceVerdict(null, p[clean]);
        }

        var best = Enumerable.Range(0, p.Length).Where(label => label != clean).MaxBy(label => p[label]);
        return new SentenceVerdict(Enum.Parse<ToneFindingKind>(Labels[best]), 1 - p[clean]);
    }

    /// <summary>The probability that the sentence has something to change: every kind's together.</summary>
    public double ProblemProbability(SentenceEncoding encoding, string sentence) =>
        1 - Probabilities(encoding, sentence)[CleanIndex];

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
