using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Training;

/// <summary>
/// The training split as <see cref="ToneTrainer"/> fits it: each sentence's embedding standardised (its mean and
/// spread per dimension over the split), its word pieces' states with their own mean and spread (standardised as
/// they are read, to keep one copy), its words' buckets, its label's index and weight.
/// </summary>
internal sealed class TrainingData
{
    private TrainingData(int dimensions) => Dimensions = dimensions;

    public int Dimensions { get; }

    public required double[][] Embeddings { get; init; }

    public required double[] EmbeddingMean { get; init; }

    public required double[] EmbeddingScale { get; init; }

    public required float[][][] Pieces { get; init; }

    public required double[] PieceMean { get; init; }

    public required double[] PieceScale { get; init; }

    public required int[][] Words { get; init; }

    public required int[] Targets { get; init; }

    public required double[] SampleWeights { get; init; }

    /// <summary>Whether each label pools the word pieces with an attention of its own: when the sentence model gave pieces.</summary>
    public required bool Attention { get; init; }

    public int Count => Targets.Length;

    public static TrainingData Of(
        IReadOnlyList<SentenceEncoding> encodings, IReadOnlyList<string> sentences, IReadOnlyList<string> targets, IReadOnlyList<string> labels,
        ToneTrainingOptions options)
    {
        var n = encodings.Count;
        var d = encodings[0].Embedding.Length;
        var (embeddingMean, embeddingScale) = Spread(encodings.Select(e => e.Embedding), d);
        var (pieceMean, pieceScale) = Spread(encodings.SelectMany(e => e.Pieces), d);
        var target = targets.Select(t => labels.TakeWhile(l => l != t).Count()).ToArray();
        var counts = new double[labels.Count];
        Array.ForEach(target, t => counts[t]++);
        return new TrainingData(d)
        {
            Embeddings = [.. encodings.Select(e => Enumerable.Range(0, d).Select(j => (e.Embedding[j] - embeddingMean[j]) / embeddingScale[j]).ToArray())],
            EmbeddingMean = embeddingMean,
            EmbeddingScale = embeddingScale,
            Pieces = [.. encodings.Select(e => e.Pieces)],
            PieceMean = pieceMean,
            PieceScale = pieceScale,
            Words = [.. sentences.Select(s => options.WordBuckets > 0 ? WordFeatures.Buckets(s, options.WordBuckets) : [])],
            Targets = target,
            SampleWeights = [.. target.Select(t => n / (labels.Count * counts[t]))],
            Attention = encodings.Any(e => e.Pieces.Length > 0),
        };
    }

    /// <summary>Each dimension's mean and standard deviation (a little more, so that none is zero).</summary>
    private static (double[] Mean, double[] Scale) Spread(IEnumerable<float[]> vectors, int d)
    {
        var mean = new double[d];
        var square = new double[d];
        long count = 0;
        foreach (var vector in vectors)
        {
            count++;
            for (var j = 0; j < d; j++)
            {
                mean[j] += vector[j];
                square[j] += (double)vector[j] * vector[j];
            }
        }

        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = count > 0 ? mean[j] / count : 0;
            scale[j] = Math.Sqrt(Math.Max(0, count > 0 ? (square[j] / count) - (mean[j] * mean[j]) : 0)) + 1e-6;
        }

        return (mean, scale);
    }
}
