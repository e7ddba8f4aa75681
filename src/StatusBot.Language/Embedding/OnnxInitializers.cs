namespace StatusBot.Language.Embedding;

/// <summary>One float tensor stored in an ONNX model: its name, shape and where its bytes lie in the model.</summary>
/// <param name="Name">The initializer's name in the graph.</param>
/// <param name="Dimensions">Its shape.</param>
/// <param name="Offset">Where its raw little-endian floats start, in bytes from the model's start.</param>
/// <param name="Length">How many bytes they take.</param>
internal sealed record OnnxTensorLocation(string Name, long[] Dimensions, int Offset, int Length)
{
    /// <summary>Where its raw_data field (tag, length and bytes) starts.</summary>
    internal int FieldStart { get; init; }

    /// <summary>The tensor's message in the model.</summary>
    internal MessagePlace Tensor { get; init; }

    /// <summary>The graph's message in the model.</summary>
    internal MessagePlace Graph { get; init; }
}

/// <summary>Where a length-delimited message lies in the model: its length prefix, then its content.</summary>
/// <param name="LengthAt">Where its length prefix starts.</param>
/// <param name="Start">Where its content starts.</param>
/// <param name="Length">How many bytes its content takes.</param>
internal readonly record struct MessagePlace(int LengthAt, int Start, int Length);

/// <summary>
/// Finds where an ONNX model (a protocol-buffers <c>ModelProto</c>) keeps the raw bytes of its float initializers,
/// without copying them: only the fields on the way are read (model.graph = 7, graph.initializer = 5,
/// tensor.dims = 1, data_type = 2, name = 8, raw_data = 9), every other field is stepped over by its wire type.
/// A full parse by a protocol-buffers library would copy the 90 MB of weights that this exists to leave in place.
/// It also writes the model again without some tensors' bytes, for a runtime that is given them apart.
/// </summary>
internal static class OnnxInitializers
{
    private const int FloatType = 1; // TensorProto.DataType.FLOAT

    /// <summary>The float initializers of at least <paramref name="minimumBytes"/> stored as raw bytes, in model order.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed model.</exception>
    public static IReadOnlyList<OnnxTensorLocation> FloatTensors(ReadOnlySpan<byte> model, int minimumBytes)
    {
        var found = new List<OnnxTensorLocation>();
        var reader = new WireReader(model, 0);
        while (reader.Next(out var field, out var wireType))
        {
            if (field == 7 && wireType == WireReader.LengthDelimited)
            {
                var graph = reader.ReadMessage(out var graphPlace);
                while (graph.Next(out var graphField, out var graphWireType))
                {
                    if (graphField != 5 || graphWireType != WireReader.LengthDelimited)
                    {
                        graph.Skip(graphWireType);
                    }
                    else if (ReadTensor(graph.ReadMessage(out var tensorPlace)) is { } tensor && tensor.Length >= minimumBytes)
                    {
                        found.Add(tensor with { Tensor = tensorPlace, Graph = graphPlace });
                    }
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return found;
    }

    /// <summary>
    /// The model again, without the raw bytes of <paramref name="tensors"/> (as <see cref="FloatTensors"/> found them in
    /// the same model): each keeps its name, type and shape, for a runtime given their values apart. The lengths of the
    /// tensors' messages and of the graph's are written anew; everything else is copied as it is, once.
    /// </summary>
    public static byte[] WithoutData(ReadOnlySpan<byte> model, IReadOnlyList<OnnxTensorLocation> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0)
        {
            return model.ToArray();
        }

        var edits = new List<(int Start, int End, byte[] Insert)>();
        long graphShrinks = 0;
        foreach (var tensor in tensors)
        {
            var removed = tensor.Offset + tensor.Length - tensor.FieldStart;
            var prefix = Varint(tensor.Tensor.Length - removed);
            edits.Add((tensor.Tensor.LengthAt, tensor.Tensor.Start, prefix));
            edits.Add((tensor.FieldStart, tensor.Offset + tensor.Length, []));
            graphShrinks += removed + (tensor.Tensor.Start - tensor.Tensor.LengthAt) - prefix.Length;
        }

        var graph = tensors[0].Graph;
        if (tensors.Any(t => t.Graph != graph))
        {
            throw new ArgumentException("The tensors must come from one reading of one model.", nameof(tensors));
        }

        edits.Add((graph.LengthAt, graph.Start, Varint(graph.Length - graphShrinks)));
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var output = new byte[model.Length - edits.Sum(e => e.End - e.Start - e.Insert.Length)];
        var (from, at) = (0, 0);
        foreach (var (start, end, insert) in edits)
        {
            model[from..start].CopyTo(output.AsSpan(at));
            at += start - from;
            insert.CopyTo(output.AsSpan(at));
            at += insert.Length;
            from = end;
        }

        model[from..].CopyTo(output.AsSpan(at));
        return output;
    }

    private static byte[] Varint(long value)
    {
        var bytes = new List<byte>();
        var rest = (ulong)value;
        do
        {
            var low = (byte)(rest & 0x7f);
            rest >>= 7;
            bytes.Add(rest == 0 ? low : (byte)(low | 0x80));
        }
        while (rest != 0);
        return [.. bytes];
    }

    private static OnnxTensorLocation? ReadTensor(WireReader tensor)
    {
        var dimensions = new List<long>();
        var type = 0;
        string? name = null;
        (int Offset, int Length)? raw = null;
        var rawField = 0;
        while (true)
        {
            var fieldStart = tensor.Position;
            if (!tensor.Next(out var field, out var wireType))
            {
                break;
            }

            switch (field, wireType)
            {
                case (1, WireReader.Varint):
                    dimensions.Add((long)tensor.ReadVarint());
                    break;
                case (1, WireReader.LengthDelimited):
                    var packed = tensor.ReadMessage();
                    while (!packed.AtEnd)
                    {
                        dimensions.Add((long)packed.ReadVarint());
                    }

                    break;
                case (2, WireReader.Varint):
                    type = (int)tensor.ReadVarint();
                    break;
                case (8, WireReader.LengthDelimited):
                    name = tensor.ReadString();
                    break;
                case (9, WireReader.LengthDelimited):
                    (raw, rawField) = (tensor.ReadRange(), fieldStart);
                    break;
                default:
                    tensor.Skip(wireType);
                    break;
            }
        }

        var count = dimensions.Aggregate(1L, (product, d) => product * d);
        return type == FloatType && name is not null && raw is { } bytes && bytes.Length == count * sizeof(float)
            ? new OnnxTensorLocation(name, [.. dimensions], bytes.Offset, bytes.Length) { FieldStart = rawField }
            : null;
    }
}
