using StatusBot.Language.Classifier;
using StatusBot.Language.Training;

namespace StatusBot.Language.Tests;

public class CorpusTests
{
    internal static readonly ToneCorpus Corpus = Read();

    [Fact]
    public void Weights_WereTrainedOnTheCorpusAsItIs()
    {
        var weights = ToneWeightsFile.LoadBuiltIn();

        Assert.True(weights.TrainingSha256 == Corpus.TrainingSha256(),
            $"The tone weights are stale: {ToneCorpus.RepositoryPath}'s training split changed since they were trained. " +
            "Run `dotnet run --project src/StatusBot.Language.Training -- train` and commit the weights.");
    }

    [Fact]
    public void Corpus_HasEveryLabelInEverySplit()
    {
        Assert.True(Corpus.Sentences.Count >= 1500, $"{Corpus.Sentences.Count} sentences");
        var labels = ToneWeightsFile.LoadBuiltIn().Labels;
        foreach (var split in new[] { ToneCorpus.Train, ToneCorpus.Dev }.Concat(ToneCorpus.HeldOutSplits))
        {
            var sentences = Corpus.Split(split);
            Assert.All(labels, label => Assert.True(sentences.Count(s => s.Label == label) >= 20, $"{split}: {label}"));
            Assert.All(sentences, s => Assert.Contains(s.Label, labels));
        }
    }

    [Theory]
    [InlineData(ToneCorpus.HeldOut)]
    [InlineData(ToneCorpus.SecondHeldOut)]
    [InlineData(ToneCorpus.ThirdHeldOut)]
    public void Corpus_HeldOutSentences_AppearInNoOtherSplit(string heldOut)
    {
        var others = Corpus.Sentences.Where(s => s.Split != heldOut).Select(s => s.Sentence).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(Corpus.Split(heldOut), s => others.Contains(s.Sentence));
        Assert.Equal(Corpus.Sentences.Count, Corpus.Sentences.Select(s => s.Sentence).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Read_MalformedLine_NamesIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => ToneCorpus.Read(new StringReader("sentence\tkind\tsplit\nFine.\tClean\ttrain\nNo split here.\tClean\n")));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SplitOfNoKnownName_NamesTheLineAndTheSplits()
    {
        var error = Assert.Throws<InvalidDataException>(() => ToneCorpus.Read(new StringReader("sentence\tkind\tsplit\nSoon.\tVagueTiming\theldout4\n")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("heldout3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingSha256_ChangesWithATrainingLabelOnly()
    {
        ToneCorpus Of(string label, string heldOut) => ToneCorpus.Read(new StringReader(
            $"sentence\tkind\tsplit\nIt ships Friday.\t{label}\ttrain\nSoon.\t{heldOut}\theldout\nLater.\t{heldOut}\theldout2\nAfter.\t{heldOut}\theldout3\nEventually.\t{heldOut}\tdev\n"));

        Assert.Equal(Of("Clean", "Clean").TrainingSha256(), Of("Clean", "VagueTiming").TrainingSha256());
        Assert.NotEqual(Of("Clean", "Clean").TrainingSha256(), Of("Hedging", "Clean").TrainingSha256());
    }

    private static ToneCorpus Read()
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "TestData", "tone-corpus.tsv"));
        return ToneCorpus.Read(reader);
    }
}
