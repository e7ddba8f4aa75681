using BenchmarkDotNet.Attributes;
using StatusBot.Core.Slips;
using StatusBot.Language.Classifier;
using StatusBot.Language.Embedding;

namespace StatusBot.Benchmarks;

/// <summary>The tone check of a 10-sentence draft: phrase rules alone, and rules with the sentence model on one CPU thread.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ToneCheckBenchmarks : IDisposable
{
    private const string Draft =
        "We are sorry: the data migration will not be ready on Friday 3 October as promised. " +
        "The new date is Thursday 12 March. " +
        "Our QA team found a defect in the import of archived invoices during the final test. " +
        "Fixing it means re-running the import for every region. " +
        "Hopefully the second run goes faster. " +
        "Your reporting stays on the current system until the new date. " +
        "The vendor is the reason the rollout is stuck. " +
        "We have added two engineers and a daily check on the import. " +
        "We will send you a progress note every Monday. " +
        "Please tell us by 20 February if the new date causes problems for your quarter end.";

    private readonly string _draft = Draft;
    private MiniLmEmbedder? _embedder;
    private EmbeddingToneClassifier? _model;

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmEmbedder(threads: 1);
        _model = new EmbeddingToneClassifier(_embedder, ToneWeightsFile.LoadBuiltIn());
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _embedder?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int RulesOnly() => ToneCheck.ReviewText(_draft).Count;

    [Benchmark]
    public int RulesAndModel() => ToneCheck.ReviewText(_draft, null, _model).Count;
}
