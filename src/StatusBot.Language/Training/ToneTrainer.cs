using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Training;

/// <summary>
/// The settings of one training run. The defaults were chosen by how the model does on writers it was not trained on:
/// each batch of the corpus left out in turn, trained on the rest (train and dev sentences only).
/// </summary>
public sealed record ToneTrainingOptions
{
    /// <summary>Passes over the training split (more when the split is small: see <see cref="MinimumSteps"/>).</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>The least number of Adam steps, so that a small training set is fitted as well.</summary>
    public int MinimumSteps { get; init; } = 300;

    /// <summary>Sentences per Adam step.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>The first Adam step size; it falls along a half cosine to zero by the last step.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>The L2 penalty on every weight and query (not the biases).</summary>
    public double L2 { get; init; } = 0.01;

    /// <summary>How many buckets the words are hashed into (<see cref="WordFeatures"/>); 0 trains on the sentence model alone.</summary>
    public int WordBuckets { get; init; } = 2048;

    /// <summary>
    /// The value a present word takes while fitting, against standardised embedding dimensions: larger lets the
    /// words count for more under the same L2 penalty. It is folded into the weights, so a present word reads as 1.
    /// </summary>
    public double WordScale { get; init; } = 5;

    /// <summary>The seed of the order the sentences are visited in, so that a run depends only on the data.</summary>
    public int Seed { get; init; } = 12345;
}

/// <summary>
/// Fits <see cref="ToneWeights"/> to labelled sentences: multinomial logistic regression over each sentence's
/// embedding, its hashed words and, per label, its word pieces' states pooled by that label's attention; by Adam
/// over mini-batches from zero, with L2 regularisation and each label weighted by the inverse of its count, so that a
/// small kind counts as much as clean. The sentences are visited in an order drawn from a fixed seed and each batch's
/// two halves are summed in a fixed order, so the result depends only on the data. The sentence model's numbers are
/// standardised while fitting (they vary little in most directions) and the scaling is folded back into the
/// weights, so they apply to what the sentence model gives.
/// </summary>
public static class ToneTrainer
{
    /// <summary>Fits weights for <paramref name="labels"/> to the sentences, their encodings and their labels.</summary>
    public static ToneWeights Train(
        IReadOnlyList<SentenceEncoding> encodings, IReadOnlyList<string> sentences, IReadOnlyList<string> targets, IReadOnlyList<string> labels,
        double threshold, string trainingSha256, ToneTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(encodings);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new ToneTrainingOptions();
        var data = TrainingData.Of(encodings, sentences, targets, labels, options);
        var model = new ToneParameters(labels.Count, data.Dimensions, options.WordBuckets);
        Fit(model, data, options);
        return model.Fold(data, labels, threshold, trainingSha256, options.WordScale);
    }

    private static void Fit(ToneParameters model, TrainingData data, ToneTrainingOptions options)
    {
        var n = data.Count;
        var batches = (n + options.BatchSize - 1) / options.BatchSize;
        var epochs = Math.Max(options.Epochs, (options.MinimumSteps + batches - 1) / batches);
        var steps = epochs * batches;
        var adam = new Adam(model.All);
        ToneParameters[] halves = [new(model.Labels, data.Dimensions, options.WordBuckets), new(model.Labels, data.Dimensions, options.WordBuckets)];
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(options.Seed);
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < n; start += options.BatchSize)
            {
                var batch = order.AsMemory(start, Math.Min(options.BatchSize, n - start));
                var middle = batch.Length / 2;
                Parallel.For(0, 2, half =>
                {
                    halves[half].Clear();
                    var part = half == 0 ? batch[..middle] : batch[middle..];
                    foreach (var i in part.Span)
                    {
                        model.AddGradient(data, i, 1.0 / batch.Length, options.WordScale, halves[half]);
                    }
                });
                halves[0].Add(halves[1]);
                halves[0].AddPenalty(model, options.L2);
                var rate = options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * step / steps));
                adam.Step(halves[0].All, rate, ++step);
            }
        }
    }

    /// <summary>Adam (Kingma and Ba): per-parameter step sizes from running moments of the gradient, starting at zero.</summary>
    private sealed class Adam(double[][] values)
    {
        private const double Beta1 = 0.9;
        private const double Beta2 = 0.999;
        private readonly double[][] _m = [.. values.Select(row => new double[row.Length])];
        private readonly double[][] _v = [.. values.Select(row => new double[row.Length])];

        public void Step(double[][] gradient, double rate, int iteration)
        {
            var correction1 = 1 - Math.Pow(Beta1, iteration);
            var correction2 = 1 - Math.Pow(Beta2, iteration);
            for (var r = 0; r < values.Length; r++)
            {
                for (var j = 0; j < values[r].Length; j++)
                {
                    var g = gradient[r][j];
                    _m[r][j] = (Beta1 * _m[r][j]) + ((1 - Beta1) * g);
                    _v[r][j] = (Beta2 * _v[r][j]) + ((1 - Beta2) * g * g);
                    values[r][j] -= rate * (_m[r][j] / correction1) / (Math.Sqrt(_v[r][j] / correction2) + 1e-8);
                }
            }
        }
    }
}
