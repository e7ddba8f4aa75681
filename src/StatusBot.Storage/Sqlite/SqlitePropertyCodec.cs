using System.Globalization;
using System.Text.Json;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// Writes a row's properties as UTF-8 JSON with a type tag per value, so every type round-trips exactly:
/// <c>{"Name":["l","9223372036854775807"]}</c>. Dates are stored in UTC with full tick precision,
/// matching what Azure Table Storage returns.
/// </summary>
internal static class SqlitePropertyCodec
{
    public static byte[] Encode(IReadOnlyDictionary<string, object> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WriteStartArray(name);
                var (tag, text) = ToTagged(value);
                writer.WriteStringValue(tag);
                writer.WriteStringValue(text);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void Decode(ReadOnlySpan<byte> json, IDictionary<string, object> properties)
    {
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            Expect(ref reader, JsonTokenType.StartArray);
            Expect(ref reader, JsonTokenType.String);
            var tag = reader.GetString()!;
            Expect(ref reader, JsonTokenType.String);
            properties[name] = FromTagged(tag, reader.GetString()!);
            Expect(ref reader, JsonTokenType.EndArray);
        }
    }

    private static (string Tag, string Text) ToTagged(object value) => value switch
    {
        string s => ("s", s),
        bool b => ("b", b ? "true" : "false"),
        int i => ("i", i.ToString(CultureInfo.InvariantCulture)),
        long l => ("l", l.ToString(CultureInfo.InvariantCulture)),
        double d => ("d", d.ToString("R", CultureInfo.InvariantCulture)),
        DateTimeOffset t => ("t", t.UtcDateTime.Ticks.ToString(CultureInfo.InvariantCulture)),
        Guid g => ("g", g.ToString("D")),
        byte[] x => ("x", Convert.ToBase64String(x)),
        _ => throw new InvalidOperationException($"Unsupported property type {value.GetType().Name}."),
    };

    private static object FromTagged(string tag, string text) => tag switch
    {
        "s" => text,
        "b" => text == "true",
        "i" => int.Parse(text, CultureInfo.InvariantCulture),
        "l" => long.Parse(text, CultureInfo.InvariantCulture),
        "d" => double.Parse(text, CultureInfo.InvariantCulture),
        "t" => new DateTimeOffset(long.Parse(text, CultureInfo.InvariantCulture), TimeSpan.Zero),
        "g" => Guid.ParseExact(text, "D"),
        "x" => Convert.FromBase64String(text),
        _ => throw new InvalidDataException($"Unknown property type tag '{tag}' in the database."),
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new InvalidDataException($"Stored properties are malformed: expected {type} at byte {reader.TokenStartIndex}.");
        }
    }
}
