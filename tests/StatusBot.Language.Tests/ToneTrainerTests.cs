using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Training;

namespace StatusBot.Language.Tests;

public class ToneTrainerTests
{
    private static readonly string[] Labels = [ToneWeights.Clean, nameof(ToneFindingKind.Blame), nameof(ToneFindingKind.Hedging)];

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

        var weights = ToneTrainer.Train(points, targets, Labels, 0.5, "hash");

        Assert.Equal(targets, points.Select(p => weights.Verdict(p).Kind?.ToString() ?? ToneWeights.Clean));
        Assert.Equal("hash", weights.TrainingSha256);
    }

    [Fact]
    public void Train_SameData_SameWeights()
    {
        float[][] points = [[1, 0], [0, 1], [1, 1]];
        string[] targets = [.. Labels];

        var first = ToneTrainer.Train(points, targets, Labels, 0.5, "h");
        var second = ToneTrainer.Train(points, targets, Labels, 0.5, "h");

        Assert.Equal(first.Weights.SelectMany(w => w), second.Weights.SelectMany(w => w));
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void Verdict_BelowThreshold_IsClean()
    {
        var weights = new ToneWeights { Labels = Labels, Weights = [[0f], [1f], [0f]], Bias = [0f, 0f, 0f], Threshold = 0.9, TrainingSha256 = "h" };

        var unsure = weights.Verdict([1f]);
        var sure = weights.Verdict([10f]);

        Assert.Null(unsure.Kind);
        Assert.Equal(ToneFindingKind.Blame, sure.Kind);
        Assert.True(sure.Confidence > 0.9);
    }
}
