using System.Text;

namespace StatusBot.Tests.Telemetry;

/// <summary>
/// Reads protobuf's wire format with no schema: each length-delimited field is kept both as text (when it is
/// UTF-8) and as a nested message (when it parses as one), which is enough to find names and values in OTLP.
/// </summary>
internal sealed record ProtoField(int Number, int WireType, ulong Value, byte[] Bytes)
{
    public IReadOnlyList<ProtoField> Children => Parse(Bytes) ?? [];

    public string? Text => WireType == 2 && IsText(Bytes) ? Encoding.UTF8.GetString(Bytes) : null;

    /// <summary>The fields of a message, or null when the bytes are not one.</summary>
    public static List<ProtoField>? Parse(byte[] bytes)
    {
        var fields = new List<ProtoField>();
        var at = 0;
        while (at < bytes.Length)
        {
            if (!TryVarint(bytes, ref at, out var key) || key >> 3 is 0 or > 536_870_911)
            {
                return null;
            }

            var (number, wire) = ((int)(key >> 3), (int)(key & 7));
            switch (wire)
            {
                case 0 when TryVarint(bytes, ref at, out var varint):
                    fields.Add(new(number, wire, varint, []));
                    break;
                case 1 when at + 8 <= bytes.Length:
                    fields.Add(new(number, wire, BitConverter.ToUInt64(bytes, at), []));
                    at += 8;
                    break;
                case 5 when at + 4 <= bytes.Length:
                    fields.Add(new(number, wire, BitConverter.ToUInt32(bytes, at), []));
                    at += 4;
                    break;
                case 2 when TryVarint(bytes, ref at, out var length) && (ulong)at + length <= (ulong)bytes.Length:
                    fields.Add(new(number, wire, length, bytes[at..(at + (int)length)]));
                    at += (int)length;
                    break;
                default:
                    return null;
            }
        }

        return fields;
    }

    /// <summary>Every text anywhere under <paramref name="fields"/>.</summary>
    public static IEnumerable<string> Texts(IEnumerable<ProtoField> fields) =>
        fields.SelectMany(f => (f.Text is { } text ? [text] : Array.Empty<string>()).Concat(Texts(f.Children)));

    /// <summary>Every message anywhere under <paramref name="fields"/> (depth first) that has a text field <paramref name="number"/> equal to <paramref name="text"/>.</summary>
    public static IEnumerable<IReadOnlyList<ProtoField>> MessagesNamed(IEnumerable<ProtoField> fields, int number, string text)
    {
        foreach (var field in fields.Where(f => f.WireType == 2))
        {
            var children = field.Children;
            if (children.Any(c => c.Number == number && c.Text == text))
            {
                yield return children;
            }

            foreach (var inner in MessagesNamed(children, number, text))
            {
                yield return inner;
            }
        }
    }

    private static bool IsText(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Length > 0 && text.All(c => !char.IsControl(c));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool TryVarint(byte[] bytes, ref int at, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64 && at < bytes.Length; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
