using StatusBot.Language.Classifier;

namespace StatusBot.Language.Training;

/// <summary>
/// What <see cref="ToneTrainer"/> fits, over standardised inputs, per label: the embedding's weights, the word buckets'
/// weights, the attention's query, the pooled pieces' weights and the bias. The same shape holds a batch's gradient,
/// with room to read one sentence without allocating.
/// </summary>
internal sealed class ToneParameters
{
    private readonly int _dimensions;
    private double[][] _pieces = [];
    private readonly double[][] _attention;
    private readonly double[][] _pooled;

    public ToneParameters(int labels, int dimensions, int buckets)
    {
        Labels = labels;
        _dimensions = dimensions;
        Embedding = Rows(labels, dimensions);
        Words = Rows(labels, buckets);
        Queries = Rows(labels, dimensions);
        PooledWeights = Rows(labels, dimensions);
        Bias = new double[labels];
        All = [.. Embedding, .. Words, .. Queries, .. PooledWeights, Bias];
        _attention = Rows(labels, 0);
        _pooled = Rows(labels, dimensions);
    }

    public int Labels { get; }

    public double[][] Embedding { get; }

    public double[][] Words { get; }

    public double[][] Queries { get; }

    public double[][] PooledWeights { get; }

    public double[] Bias { get; }

    /// <summary>Every row, in one order, for the optimiser.</summary>
    public double[][] All { get; }

    public void Clear() => Array.ForEach(All, row => Array.Clear(row));

    public void Add(ToneParameters other)
    {
        for (var r = 0; r < All.Length; r++)
        {
            for (var j = 0; j < All[r].Length; j++)
            {
                All[r][j] += other.All[r][j];
            }
        }
    }

    /// <summary>Adds the L2 penalty's gradient for <paramref name="model"/>'s weights (every row but the biases).</summary>
    public void AddPenalty(ToneParameters model, double l2)
    {
        for (var r = 0; r < All.Length - 1; r++)
        {
            for (var j = 0; j < All[r].Length; j++)
            {
                All[r][j] += l2 * model.All[r][j];
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="gradient"/> the gradient of sentence <paramref name="i"/>'s weighted cross-entropy
    /// under this model, times <paramref name="scale"/>; <paramref name="gradient"/>'s room holds the sentence's reading.
    /// </summary>
    public void AddGradient(TrainingData data, int i, double scale, double wordScale, ToneParameters gradient)
    {
        var e = data.Embeddings[i];
        var words = data.Words[i];
        var pieces = data.Attention ? gradient.Standardised(data, i) : [];
        var scores = new double[Labels];
        for (var c = 0; c < Labels; c++)
        {
            var score = Bias[c] + Dot(Embedding[c], e);
            foreach (var bucket in words)
            {
                score += Words[c][bucket] * wordScale;
            }

            if (pieces.Length > 0)
            {
                gradient._attention[c] = Attend(Queries[c], pieces, gradient._pooled[c]);
                score += Dot(PooledWeights[c], gradient._pooled[c]);
            }

            scores[c] = score;
        }

        var p = ToneWeights.Softmax(scores);
        for (var c = 0; c < Labels; c++)
        {
            var error = scale * data.SampleWeights[i] * (p[c] - (c == data.Targets[i] ? 1 : 0));
            gradient.Bias[c] += error;
            AddScaled(gradient.Embedding[c], e, error);
            foreach (var bucket in words)
            {
                gradient.Words[c][bucket] += error * wordScale;
            }

            if (pieces.Length > 0)
            {
                var pooled = gradient._pooled[c];
                AddScaled(gradient.PooledWeights[c], pooled, error);
                // The score moves with each piece's attention by error·(V·x_t − V·pooled); through the softmax, the query by that times α_t·x_t.
                var mean = Dot(PooledWeights[c], pooled);
                for (var t = 0; t < pieces.Length; t++)
                {
                    AddScaled(gradient.Queries[c], pieces[t], error * gradient._attention[c][t] * (Dot(PooledWeights[c], pieces[t]) - mean));
                }
            }
        }
    }

    /// <summary>The weights for raw inputs: the standardisation folded into the weights and biases, a present word worth 1.</summary>
    public ToneWeights Fold(TrainingData data, IReadOnlyList<string> labels, double threshold, string trainingSha256, double wordScale)
    {
        var d = _dimensions;
        // w·(x − mean)/scale  ==  (w/scale)·x − w·mean/scale; the pieces' shift is the same for every piece, so the attention ignores it.
        float[] Raw(double[] row, double[] scale) => [.. Enumerable.Range(0, d).Select(j => (float)(row[j] / scale[j]))];
        double Shift(double[] row, double[] mean, double[] scale) => Enumerable.Range(0, d).Sum(j => row[j] * mean[j] / scale[j]);
        return new ToneWeights
        {
            Labels = [.. labels],
            WordBuckets = Words[0].Length,
            Weights = [.. Enumerable.Range(0, Labels).Select(c => (float[])[.. Raw(Embedding[c], data.EmbeddingScale), .. Words[c].Select(w => (float)(w * wordScale))])],
            Queries = data.Attention ? [.. Queries.Select(q => Raw(q, data.PieceScale))] : [],
            Pooled = data.Attention ? [.. PooledWeights.Select(v => Raw(v, data.PieceScale))] : [],
            Bias = [.. Enumerable.Range(0, Labels).Select(c => (float)(Bias[c]
                - Shift(Embedding[c], data.EmbeddingMean, data.EmbeddingScale)
                - (data.Attention ? Shift(PooledWeights[c], data.PieceMean, data.PieceScale) : 0)))],
            Threshold = threshold,
            TrainingSha256 = trainingSha256,
        };
    }

    /// <summary>Sentence <paramref name="i"/>'s pieces standardised, in this gradient's room.</summary>
    private double[][] Standardised(TrainingData data, int i)
    {
        var raw = data.Pieces[i];
        if (_pieces.Length < raw.Length)
        {
            _pieces = Rows(raw.Length, _dimensions);
        }

        var pieces = _pieces.AsSpan(0, raw.Length).ToArray();
        for (var t = 0; t < raw.Length; t++)
        {
            for (var j = 0; j < _dimensions; j++)
            {
                pieces[t][j] = (raw[t][j] - data.PieceMean[j]) / data.PieceScale[j];
            }
        }

        return pieces;
    }

    /// <summary>The softmax attention of <paramref name="query"/> over the pieces (returned) and their pooled state (into <paramref name="pooled"/>).</summary>
    private static double[] Attend(double[] query, double[][] pieces, double[] pooled)
    {
        var weights = ToneWeights.Softmax([.. pieces.Select(piece => Dot(query, piece))]);
        Array.Clear(pooled);
        for (var t = 0; t < pieces.Length; t++)
        {
            AddScaled(pooled, pieces[t], weights[t]);
        }

        return weights;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < b.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static void AddScaled(double[] into, double[] values, double factor)
    {
        for (var j = 0; j < values.Length; j++)
        {
            into[j] += factor * values[j];
        }
    }

    private static double[][] Rows(int rows, int columns) => [.. Enumerable.Range(0, rows).Select(_ => new double[columns])];
}
