using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace StatusBot.Language.Embedding;

/// <summary>
/// The model as ONNX Runtime is given it, with its large weights lent where they already lie, in the package's file
/// mapped into the process, instead of copied: the word table alone is 47 MB, and a check reads only the rows of the
/// words it sees, so only those pages of the file become resident (pages of a read-only file mapping are clean, and
/// the system can drop them and read them again: <see cref="ResidentPages"/>). The model the session parses leaves out
/// the lent tensors' bytes, so neither it nor the runtime's parse of it holds them while loading. A tensor whose bytes
/// in the package are not aligned for floats (most of the layers' weights) is lent from an aligned copy in a file of its
/// own (<see cref="AlignedWeightsFile"/>), whose pages are as clean as the package's. Weights are lent only when the
/// resource is mapped (it is for an assembly loaded from a file); the unaligned ones stay in the model, for the runtime
/// to copy, when their file cannot be written.
/// </summary>
internal sealed class PackagedWeights : IDisposable
{
    /// <summary>Tensors smaller than this are left in the model: biases and norms are not worth a value each.</summary>
    internal const int MinimumBytes = 1 << 16;

    private readonly List<OrtValue> _values = [];
    private readonly AlignedWeightsFile? _aligned;

    private PackagedWeights(byte[] model, AlignedWeightsFile? aligned) => (Model, _aligned) = (model, aligned);

    /// <summary>The model to make the session from, without the lent tensors' bytes; null once <see cref="ForgetModel"/> is called.</summary>
    public byte[]? Model { get; private set; }

    /// <summary>How many bytes of weights are lent rather than copied.</summary>
    public long LentBytes { get; private set; }

    /// <summary>Lets the model's bytes go once the session is made: the runtime keeps what it needs of them.</summary>
    public void ForgetModel() => Model = null;

    /// <summary>
    /// Reads the model in <paramref name="assembly"/>'s resource <paramref name="resourceName"/>, adding its large
    /// float tensors to <paramref name="options"/> as initializers lent from the mapped file, or from an aligned copy in
    /// <paramref name="copiesFolder"/> for those not aligned there. Keep the result until the session made with the
    /// options is disposed.
    /// </summary>
    public static unsafe PackagedWeights Lend(SessionOptions options, Assembly assembly, string resourceName, string copiesFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The package has no resource {resourceName}.");
        if (stream is not UnmanagedMemoryStream mapped || mapped.Length > int.MaxValue)
        {
            var copy = new byte[stream.Length];
            stream.ReadExactly(copy);
            return new PackagedWeights(copy, null);
        }

        // The pointer is into the assembly's image, which stays mapped for as long as the assembly is loaded.
        var start = mapped.PositionPointer;
        var model = new ReadOnlySpan<byte>(start, (int)mapped.Length);
        var tensors = OnnxInitializers.FloatTensors(model, MinimumBytes);
        var inPlace = tensors.Where(t => (nint)(start + t.Offset) % sizeof(float) == 0).ToList();
        var unaligned = tensors.Except(inPlace).ToList();
        var aligned = AlignedWeightsFile.TryWrite(model, unaligned, copiesFolder);
        byte[] withoutData;
        try
        {
            withoutData = OnnxInitializers.WithoutData(model, aligned is null ? inPlace : tensors);
        }
        catch
        {
            aligned?.Dispose();
            throw;
        }

        var weights = new PackagedWeights(withoutData, aligned);
        foreach (var tensor in inPlace)
        {
            weights.Add(options, tensor, (nint)(start + tensor.Offset));
        }

        for (var i = 0; aligned is not null && i < unaligned.Count; i++)
        {
            weights.Add(options, unaligned[i], aligned.AddressOf(i));
        }

        return weights;
    }

    private void Add(SessionOptions options, OnnxTensorLocation tensor, nint address)
    {
        var value = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, tensor.Dimensions, address, tensor.Length);
        _values.Add(value);
        options.AddInitializer(tensor.Name, value);
        LentBytes += tensor.Length;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _values.ForEach(value => value.Dispose());
        _aligned?.Dispose();
    }
}
