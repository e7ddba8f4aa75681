using StatusBot.Language.Classifier;

namespace StatusBot.Language.Training;

/// <summary>
/// Fits <see cref="ToneWeights"/> to labelled embeddings: multinomial logistic regression by full-batch gradient
/// descent from zero, with L2 regularisation and each label weighted by the inverse of its count, so the result
/// depends only on the data (no random start) and a small kind counts as much as clean. Each dimension is
/// standardised while fitting (embeddings vary little in most directions, which would stall plain gradient descent)
/// and the scaling is folded back into the weights, so they apply to raw embeddings.
/// </summary>
public static class ToneTrainer
{
    private const int Iterations = 400;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-3;

    /// <summary>Fits weights for <paramref name="labels"/> to the embeddings and their labels.</summary>
    public static ToneWeights Train(IReadOnlyList<float[]> embeddings, IReadOnlyList<string> targets, IReadOnlyList<string> labels, double threshold, string trainingSha256)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(labels);
        var n = embeddings.Count;
        var k = labels.Count;
        var d = embeddings[0].Length;
        var mean = Enumerable.Range(0, d).Select(j => embeddings.Average(x => (double)x[j])).ToArray();
        var scale = Enumerable.Range(0, d).Select(j => Math.Sqrt(embeddings.Average(x => Math.Pow(x[j] - mean[j], 2))) + 1e-6).ToArray();
        var standard = embeddings.Select(x => Enumerable.Range(0, d).Select(j => (float)((x[j] - mean[j]) / scale[j])).ToArray()).ToArray();
        var target = targets.Select(t => labels.TakeWhile(l => l != t).Count()).ToArray();
        var counts = new double[k];
        Array.ForEach(target, t => counts[t]++);
        var sampleWeight = target.Select(t => n / (k * counts[t])).ToArray();
        var w = Enumerable.Range(0, k).Select(_ => new double[d]).ToArray();
        var b = new double[k];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gw = Enumerable.Range(0, k).Select(_ => new double[d]).ToArray();
            var gb = new double[k];
            for (var i = 0; i < n; i++)
            {
                var x = standard[i];
                var p = Probabilities(w, b, x);
                for (var c = 0; c < k; c++)
                {
                    var error = sampleWeight[i] * (p[c] - (c == target[i] ? 1 : 0));
                    gb[c] += error;
                    for (var j = 0; j < d; j++)
                    {
                        gw[c][j] += error * x[j];
                    }
                }
            }

            for (var c = 0; c < k; c++)
            {
                b[c] -= LearningRate * gb[c] / n;
                for (var j = 0; j < d; j++)
                {
                    w[c][j] -= LearningRate * ((gw[c][j] / n) + (L2 * w[c][j]));
                }
            }
        }

        // w·(x - mean)/scale + b  ==  (w/scale)·x + (b - w·mean/scale)
        return new ToneWeights
        {
            Labels = [.. labels],
            Weights = [.. Enumerable.Range(0, k).Select(c => Enumerable.Range(0, d).Select(j => (float)(w[c][j] / scale[j])).ToArray())],
            Bias = [.. Enumerable.Range(0, k).Select(c => (float)(b[c] - Enumerable.Range(0, d).Sum(j => w[c][j] * mean[j] / scale[j])))],
            Threshold = threshold,
            TrainingSha256 = trainingSha256,
        };
    }

    private static double[] Probabilities(double[][] w, double[] b, float[] x)
    {
        var scores = new double[b.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            var score = b[c];
            for (var j = 0; j < x.Length; j++)
            {
                score += w[c][j] * x[j];
            }

            scores[c] = score;
        }

        return ToneWeights.Softmax(scores);
    }
}
