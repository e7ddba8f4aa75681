using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace StatusBot.Language.Embedding;

/// <summary>
/// Lends ONNX Runtime the model's large weights where they already lie, in the package's file mapped into the
/// process, instead of letting it copy them: the runtime's own copy of the 90 MB model is most of what the model
/// costs in memory. The word-embedding table alone is 47 MB, and a check reads only the rows of the words it sees,
/// so only those pages of the file become resident; pages of a read-only file mapping are clean, and the system can
/// drop them and read them again (<see cref="ResidentPages"/>). Used only when the resource is mapped (it is for an
/// assembly loaded from a file) and a tensor's bytes are aligned for floats; otherwise the runtime copies as before.
/// </summary>
internal sealed class PackagedWeights : IDisposable
{
    /// <summary>Tensors smaller than this are left to the runtime's copy: biases and norms are not worth a value each.</summary>
    internal const int MinimumBytes = 1 << 20;

    private readonly List<OrtValue> _values = [];

    private PackagedWeights()
    {
    }

    /// <summary>How many bytes of weights are lent rather than copied.</summary>
    public long LentBytes { get; private set; }

    /// <summary>
    /// Adds the large float tensors of the model in <paramref name="assembly"/>'s resource <paramref name="resourceName"/>
    /// to <paramref name="options"/> as external initializers. Keep the result until the session made with the options is disposed.
    /// </summary>
    public static unsafe PackagedWeights Lend(SessionOptions options, Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(assembly);
        var weights = new PackagedWeights();
        using var stream = assembly.GetManifestResourceStream(resourceName);
        if (stream is not UnmanagedMemoryStream mapped || mapped.Length > int.MaxValue)
        {
            return weights;
        }

        // The pointer is into the assembly's image, which stays mapped for as long as the assembly is loaded.
        var start = mapped.PositionPointer;
        var model = new ReadOnlySpan<byte>(start, (int)mapped.Length);
        foreach (var tensor in OnnxInitializers.FloatTensors(model, MinimumBytes))
        {
            var address = (nint)(start + tensor.Offset);
            if (address % sizeof(float) != 0)
            {
                continue;
            }

            var value = OrtValue.CreateTensorValueWithData(OrtMemoryInfo.DefaultInstance, TensorElementType.Float, tensor.Dimensions, address, tensor.Length);
            weights._values.Add(value);
            options.AddInitializer(tensor.Name, value);
            weights.LentBytes += tensor.Length;
        }

        return weights;
    }

    /// <inheritdoc />
    public void Dispose() => _values.ForEach(value => value.Dispose());
}
