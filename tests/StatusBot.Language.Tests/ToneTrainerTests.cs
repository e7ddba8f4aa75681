using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;
using StatusBot.Language.Training;

namespace StatusBot.Language.Tests;

public class ToneTrainerTests
{
    private static readonly string[] Labels = [ToneWeights.Clean, nameof(ToneFindingKind.Blame), nameof(ToneFindingKind.Hedging)];
    private static readonly ToneTrainingOptions EmbeddingsOnly = new() { WordBuckets = 0 };

    [Fact]
    public void Train_SeparableOffsetData_ClassifiesRawEmbeddings()
    {
        // Three clusters far from the origin and close together, as sentence embeddings are.
        var points = new List<float[]>();
        var targets = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var label = i % 3;
            points.Add([5f + (label == 1 ? 0.2f : 0f) + (i * 0.001f), 5f + (label == 2 ? 0.2f : 0f), 5f - (i * 0.001f)]);
            targets.Add(Labels[label]);
        }

        var weights = ToneTrainer.Train(Encodings(points), [.. points.Select(_ => "same words")], targets, Labels, 0.5, "hash", EmbeddingsOnly);

        Assert.Equal(targets, points.Select(p => weights.Verdict(SentenceEncoding.Of(p), "same words").Kind?.ToString() ?? ToneWeights.Clean));
        Assert.Equal("hash", weights.TrainingSha256);
        Assert.All(weights.Weights, row => Assert.Equal(3, row.Length));
    }

    [Fact]
    public void Train_WordsTellTheKindsApart_WhenEmbeddingsDoNot()
    {
        string[] sentences = ["It ships Friday.", "The vendor broke it.", "Hopefully it ships.", "It ships Monday.", "The vendor ruined it.", "Hopefully it works."];
        string[] targets = [Labels[0], Labels[1], Labels[2], Labels[0], Labels[1], Labels[2]];
        float[][] same = [.. sentences.Select(_ => new[] { 1f, 0f })];

        var weights = ToneTrainer.Train(Encodings(same), sentences, targets, Labels, 0.5, "h", new ToneTrainingOptions { WordBuckets = 64 });

        Assert.Equal(64, weights.WordBuckets);
        Assert.All(weights.Weights, row => Assert.Equal(2 + 64, row.Length));
        Assert.Equal(ToneFindingKind.Blame, weights.Verdict(SentenceEncoding.Of([1f, 0f]), "The vendor lost it.").Kind);
        Assert.Equal(ToneFindingKind.Hedging, weights.Verdict(SentenceEncoding.Of([1f, 0f]), "Hopefully soon.").Kind);
        Assert.Null(weights.Verdict(SentenceEncoding.Of([1f, 0f]), "It ships Tuesday.").Kind);
    }

    [Fact]
    public void Train_SameData_SameWeights()
    {
        var sentences = Enumerable.Range(0, 300).Select(i => $"word{i % 7} word{i % 11}").ToArray();
        var targets = Enumerable.Range(0, 300).Select(i => Labels[i % 3]).ToArray();
        var encodings = Enumerable.Range(0, 300).Select(i => Pieces(i % 5, i % 3 == 1 ? [3f, 0f] : [0f, (i % 3) * 1.5f])).ToArray();

        var first = ToneTrainer.Train(encodings, sentences, targets, Labels, 0.5, "h");
        var second = ToneTrainer.Train(encodings, sentences, targets, Labels, 0.5, "h");

        Assert.Equal(first.Weights.SelectMany(w => w), second.Weights.SelectMany(w => w));
        Assert.Equal(first.Queries.SelectMany(w => w), second.Queries.SelectMany(w => w));
        Assert.Equal(first.Pooled.SelectMany(w => w), second.Pooled.SelectMany(w => w));
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void Train_AttentionFindsThePieceThatCarriesTheKind_WhereTheEmbeddingCannot()
    {
        // Every sentence has the same embedding and no words to read: only one word piece among the others tells the kinds apart.
        var encodings = new List<SentenceEncoding>();
        var targets = new List<string>();
        for (var i = 0; i < 90; i++)
        {
            var label = i % 3;
            encodings.Add(Pieces(2 + (i % 7), label == 0 ? null : label == 1 ? [3f, 0f] : [0f, 3f]));
            targets.Add(Labels[label]);
        }

        var sentences = encodings.Select(_ => "same words").ToArray();
        var attending = ToneTrainer.Train(encodings, sentences, targets, Labels, 0.5, "h", EmbeddingsOnly);
        var averaging = ToneTrainer.Train(encodings.Select(e => SentenceEncoding.Of(e.Embedding)).ToList(), sentences, targets, Labels, 0.5, "h", EmbeddingsOnly);

        Assert.Equal(3, attending.Queries.Count);
        // Longer sentences than any it was trained on: the piece still counts in full.
        Assert.Null(attending.Verdict(Pieces(15, null), "same words").Kind);
        Assert.Equal(ToneFindingKind.Blame, attending.Verdict(Pieces(15, [3f, 0f]), "same words").Kind);
        Assert.Equal(ToneFindingKind.Hedging, attending.Verdict(Pieces(15, [0f, 3f]), "same words").Kind);
        Assert.Empty(averaging.Queries);
        Assert.Single(encodings.Select(e => averaging.Verdict(e, "same words").Kind).Distinct());
    }

    [Fact]
    public void Verdict_BelowThreshold_IsClean()
    {
        var weights = new ToneWeights { Labels = Labels, Weights = [[0f], [1f], [0f]], Bias = [0f, 0f, 0f], Threshold = 0.9, TrainingSha256 = "h" };

        var unsure = weights.Verdict(SentenceEncoding.Of([1f]), "x");
        var sure = weights.Verdict(SentenceEncoding.Of([10f]), "x");

        Assert.Null(unsure.Kind);
        Assert.Equal(ToneFindingKind.Blame, sure.Kind);
        Assert.True(sure.Confidence > 0.9);
    }

    [Fact]
    public void Verdict_KindsTogetherAboveThreshold_IsTheMostLikelyKind()
    {
        // Clean 0.2, Blame 0.45, Hedging 0.35: no kind reaches 0.7 alone, but together they have 0.8.
        var weights = new ToneWeights
        {
            Labels = Labels, Weights = [[0f], [0f], [0f]], Bias = [(float)Math.Log(0.2), (float)Math.Log(0.45), (float)Math.Log(0.35)],
            Threshold = 0.7, TrainingSha256 = "h",
        };

        var verdict = weights.Verdict(SentenceEncoding.Of([1f]), "x");

        Assert.Equal(ToneFindingKind.Blame, verdict.Kind);
        Assert.Equal(0.8, verdict.Confidence, 6);
        Assert.Equal(0.8, weights.ProblemProbability(SentenceEncoding.Of([1f]), "x"), 6);
        Assert.Null((weights with { Threshold = 0.85 }).Verdict(SentenceEncoding.Of([1f]), "x").Kind);
    }

    [Fact]
    public void WordFeatures_AreWordsAndPairs_IgnoringCaseAndPunctuation()
    {
        var buckets = WordFeatures.Buckets("Hopefully, it SHIPS.", 1 << 20);

        Assert.Equal(5, buckets.Length); // hopefully, it, ships, "hopefully it", "it ships"
        Assert.Equal(buckets, WordFeatures.Buckets("hopefully it ships", 1 << 20));
        Assert.Equal(WordFeatures.Buckets("We’re late", 1 << 20), WordFeatures.Buckets("we're late", 1 << 20));
        Assert.Empty(WordFeatures.Buckets("12 / 03", 16));
    }

    [Fact]
    public void ThresholdChoice_IsTheLowestWhereAtMostOneFlaggedInTwentyIsClean()
    {
        // 19 sentences of a kind, flagged up to 0.80 and more; a clean one flagged at any threshold (by a rule), and
        // a clean one the model flags up to 0.69: flagging it too would make 2 clean of 21 flagged.
        var dev = Enumerable.Range(0, 19).Select(i => (0.8 + (i * 0.01), false))
            .Append((double.PositiveInfinity, true)).Append((0.69, true)).ToList();

        var chosen = ThresholdChoice.Choose(dev);
        dev.Add((double.PositiveInfinity, true));
        var noneGood = ThresholdChoice.Choose(dev);

        Assert.Equal(0.70, chosen, 2);
        Assert.Equal(0.99, noneGood, 2);
    }

    private static SentenceEncoding[] Encodings(IEnumerable<float[]> points) => [.. points.Select(SentenceEncoding.Of)];

    /// <summary>A sentence of <paramref name="fillers"/> word pieces that carry nothing, and <paramref name="marker"/> among them when given.</summary>
    private static SentenceEncoding Pieces(int fillers, float[]? marker)
    {
        var pieces = Enumerable.Range(0, fillers).Select(k => new[] { 0.1f * (k % 3), -0.1f * (k % 2) }).ToList();
        if (marker is not null)
        {
            pieces.Insert(fillers / 2, marker);
        }

        return new SentenceEncoding([1f, 0f], [.. pieces]);
    }
}
