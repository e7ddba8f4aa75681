using StatusBot.Language.Classifier;

namespace StatusBot.Language.Training;

/// <summary>
/// The settings of one training run. The defaults were chosen on the dev split, and the words' value also by how the
/// model does on writers it was not trained on (each batch of the corpus left out in turn, trained on the rest).
/// </summary>
public sealed record ToneTrainingOptions
{
    /// <summary>Full passes over the training split.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>The Adam step size.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>The L2 penalty on every weight (not the biases).</summary>
    public double L2 { get; init; } = 0.01;

    /// <summary>How many buckets the words are hashed into (<see cref="WordFeatures"/>); 0 trains on embeddings alone.</summary>
    public int WordBuckets { get; init; } = 2048;

    /// <summary>
    /// The value a present word takes while fitting, against standardised embedding dimensions: larger lets the
    /// words count for more under the same L2 penalty. It is folded into the weights, so a present word reads as 1. With
    /// each batch of the corpus left out in turn, 5 and 7 found the most of every kind in the batch left out (3, 10 less).
    /// </summary>
    public double WordScale { get; init; } = 5;
}

/// <summary>
/// Fits <see cref="ToneWeights"/> to labelled sentences: multinomial logistic regression over each sentence's
/// embedding and hashed words, by full-batch Adam from zero with L2 regularisation and each label weighted by the
/// inverse of its count, so the result depends only on the data (no random start) and a small kind counts as much
/// as clean. Embedding dimensions are standardised while fitting (they vary little in most directions) and the
/// scaling is folded back into the weights, so they apply to raw embeddings.
/// </summary>
public static class ToneTrainer
{
    /// <summary>Fits weights for <paramref name="labels"/> to the sentences, their embeddings and their labels.</summary>
    public static ToneWeights Train(
        IReadOnlyList<float[]> embeddings, IReadOnlyList<string> sentences, IReadOnlyList<string> targets, IReadOnlyList<string> labels,
        double threshold, string trainingSha256, ToneTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new ToneTrainingOptions();
        var n = embeddings.Count;
        var k = labels.Count;
        var d = embeddings[0].Length;
        var width = d + options.WordBuckets;
        var mean = Enumerable.Range(0, d).Select(j => embeddings.Average(x => (double)x[j])).ToArray();
        var scale = Enumerable.Range(0, d).Select(j => Math.Sqrt(embeddings.Average(x => Math.Pow(x[j] - mean[j], 2))) + 1e-6).ToArray();
        var standard = embeddings.Select(x => Enumerable.Range(0, d).Select(j => (x[j] - mean[j]) / scale[j]).ToArray()).ToArray();
        var words = sentences.Select(s => options.WordBuckets > 0 ? WordFeatures.Buckets(s, options.WordBuckets) : []).ToArray();
        var target = targets.Select(t => labels.TakeWhile(l => l != t).Count()).ToArray();
        var counts = new double[k];
        Array.ForEach(target, t => counts[t]++);
        var sampleWeight = target.Select(t => n / (k * counts[t])).ToArray();
        var w = new Adam(k, width);
        var b = new Adam(1, k);
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            var gw = Enumerable.Range(0, k).Select(_ => new double[width]).ToArray();
            var gb = new double[k];
            for (var i = 0; i < n; i++)
            {
                var p = Probabilities(w.Values, b.Values[0], standard[i], words[i], options.WordScale);
                for (var c = 0; c < k; c++)
                {
                    var error = sampleWeight[i] * (p[c] - (c == target[i] ? 1 : 0)) / n;
                    gb[c] += error;
                    for (var j = 0; j < d; j++)
                    {
                        gw[c][j] += error * standard[i][j];
                    }

                    foreach (var bucket in words[i])
                    {
                        gw[c][d + bucket] += error * options.WordScale;
                    }
                }
            }

            for (var c = 0; c < k; c++)
            {
                for (var j = 0; j < width; j++)
                {
                    gw[c][j] += options.L2 * w.Values[c][j];
                }
            }

            w.Step(gw, options.LearningRate, iteration);
            b.Step([gb], options.LearningRate, iteration);
        }

        // w·(x - mean)/scale + b  ==  (w/scale)·x + (b - w·mean/scale); a present word is worth WordScale.
        var weights = w.Values;
        return new ToneWeights
        {
            Labels = [.. labels],
            WordBuckets = options.WordBuckets,
            Weights = [.. weights.Select(row => Enumerable.Range(0, width).Select(j => (float)(j < d ? row[j] / scale[j] : row[j] * options.WordScale)).ToArray())],
            Bias = [.. Enumerable.Range(0, k).Select(c => (float)(b.Values[0][c] - Enumerable.Range(0, d).Sum(j => weights[c][j] * mean[j] / scale[j])))],
            Threshold = threshold,
            TrainingSha256 = trainingSha256,
        };
    }

    private static double[] Probabilities(double[][] w, double[] b, double[] x, int[] words, double wordScale)
    {
        var scores = new double[b.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            var score = b[c];
            for (var j = 0; j < x.Length; j++)
            {
                score += w[c][j] * x[j];
            }

            foreach (var bucket in words)
            {
                score += w[c][x.Length + bucket] * wordScale;
            }

            scores[c] = score;
        }

        return ToneWeights.Softmax(scores);
    }

    /// <summary>Adam (Kingma and Ba): per-parameter step sizes from running moments of the gradient, starting at zero.</summary>
    private sealed class Adam(int rows, int columns)
    {
        private const double Beta1 = 0.9;
        private const double Beta2 = 0.999;
        private readonly double[][] _m = Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();
        private readonly double[][] _v = Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();

        public double[][] Values { get; } = Enumerable.Range(0, rows).Select(_ => new double[columns]).ToArray();

        public void Step(double[][] gradient, double rate, int iteration)
        {
            var correction1 = 1 - Math.Pow(Beta1, iteration);
            var correction2 = 1 - Math.Pow(Beta2, iteration);
            for (var r = 0; r < Values.Length; r++)
            {
                for (var j = 0; j < Values[r].Length; j++)
                {
                    var g = gradient[r][j];
                    _m[r][j] = (Beta1 * _m[r][j]) + ((1 - Beta1) * g);
                    _v[r][j] = (Beta2 * _v[r][j]) + ((1 - Beta2) * g * g);
                    Values[r][j] -= rate * (_m[r][j] / correction1) / (Math.Sqrt(_v[r][j] / correction2) + 1e-8);
                }
            }
        }
    }
}
