namespace StatusBot.Language.Embedding;

/// <summary>One float tensor stored in an ONNX model: its name, shape and where its bytes lie in the model.</summary>
/// <param name="Name">The initializer's name in the graph.</param>
/// <param name="Dimensions">Its shape.</param>
/// <param name="Offset">Where its raw little-endian floats start, in bytes from the model's start.</param>
/// <param name="Length">How many bytes they take.</param>
internal sealed record OnnxTensorLocation(string Name, long[] Dimensions, int Offset, int Length);

/// <summary>
/// Finds where an ONNX model (a protocol-buffers <c>ModelProto</c>) keeps the raw bytes of its float initializers,
/// without copying them: only the fields on the way are read (model.graph = 7, graph.initializer = 5,
/// tensor.dims = 1, data_type = 2, name = 8, raw_data = 9), every other field is stepped over by its wire type.
/// A full parse by a protocol-buffers library would copy the 90 MB of weights that this exists to leave in place.
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
                var graph = reader.ReadMessage();
                while (graph.Next(out var graphField, out var graphWireType))
                {
                    if (graphField != 5 || graphWireType != WireReader.LengthDelimited)
                    {
                        graph.Skip(graphWireType);
                    }
                    else if (ReadTensor(graph.ReadMessage()) is { } tensor && tensor.Length >= minimumBytes)
                    {
                        found.Add(tensor);
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

    private static OnnxTensorLocation? ReadTensor(WireReader tensor)
    {
        var dimensions = new List<long>();
        var type = 0;
        string? name = null;
        (int Offset, int Length)? raw = null;
        while (tensor.Next(out var field, out var wireType))
        {
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
                    raw = tensor.ReadRange();
                    break;
                default:
                    tensor.Skip(wireType);
                    break;
            }
        }

        var count = dimensions.Aggregate(1L, (product, d) => product * d);
        return type == FloatType && name is not null && raw is { } bytes && bytes.Length == count * sizeof(float)
            ? new OnnxTensorLocation(name, [.. dimensions], bytes.Offset, bytes.Length)
            : null;
    }

    /// <summary>Reads protocol-buffers wire format from a span; <c>origin</c> is the span's offset in the whole model.</summary>
    private ref struct WireReader(ReadOnlySpan<byte> bytes, int origin)
    {
        public const int Varint = 0;
        public const int LengthDelimited = 2;
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position >= _bytes.Length;

        public bool Next(out int field, out int wireType)
        {
            if (AtEnd)
            {
                (field, wireType) = (0, 0);
                return false;
            }

            var tag = ReadVarint();
            (field, wireType) = ((int)(tag >> 3), (int)(tag & 7));
            return true;
        }

        public ulong ReadVarint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = Take(1)[0];
                value |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("A varint in the model runs past ten bytes.");
        }

        public (int Offset, int Length) ReadRange()
        {
            var length = checked((int)ReadVarint());
            var start = _position;
            Take(length);
            return (origin + start, length);
        }

        public WireReader ReadMessage()
        {
            var (offset, length) = ReadRange();
            return new WireReader(_bytes.Slice(offset - origin, length), offset);
        }

        public string ReadString()
        {
            var (offset, length) = ReadRange();
            return System.Text.Encoding.UTF8.GetString(_bytes.Slice(offset - origin, length));
        }

        public void Skip(int wireType)
        {
            switch (wireType)
            {
                case Varint: ReadVarint(); break;
                case 1: Take(8); break;
                case LengthDelimited: ReadRange(); break;
                case 5: Take(4); break;
                default: throw new InvalidDataException($"The model uses protocol-buffers wire type {wireType}, which ONNX does not.");
            }
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _bytes.Length - _position)
            {
                throw new InvalidDataException("A field of the model runs past its end.");
            }

            var taken = _bytes.Slice(_position, count);
            _position += count;
            return taken;
        }
    }
}
