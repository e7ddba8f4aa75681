namespace StatusBot.Language.Embedding;

/// <summary>Reads protocol-buffers wire format from a span; <c>origin</c> is the span's offset in the whole model.</summary>
internal ref struct WireReader(ReadOnlySpan<byte> bytes, int origin)
{
    public const int Varint = 0;
    public const int LengthDelimited = 2;
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position >= _bytes.Length;

    /// <summary>Where the next field starts, in bytes from the model's start.</summary>
    public readonly int Position => origin + _position;

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

    public WireReader ReadMessage() => ReadMessage(out _);

    public WireReader ReadMessage(out MessagePlace place)
    {
        var lengthAt = Position;
        var (offset, length) = ReadRange();
        place = new MessagePlace(lengthAt, offset, length);
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
