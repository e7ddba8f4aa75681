using System.Text;
using System.Text.Json.Nodes;

namespace StatusBot.Tests.Fuzzing;

/// <summary>
/// Values a careless or hostile client sends, drawn from a seeded <see cref="Random"/> so that a failing run can be
/// repeated: very long and empty strings, control and private-use characters, lone surrogates, markup, path tricks,
/// numbers out of range, wrong JSON types, and values that are almost right.
/// </summary>
internal sealed class FuzzValues(int seed)
{
    private static readonly string[] Tricky =
    [
        "", " ", "\t\n", "null", "undefined", "0", "-1", "99999999999999999999", "1e309", "NaN", "true",
        "../../etc/passwd", "..\\..\\", "%00", "%2F%2E%2E", "\0", "\u0001\u001f", "\u202e\u200b\ufeff", "\ud800", "\udfff",
        "<script>alert(1)</script>", "<!channel>", "<@U0123>", "<at>Ann</at>", "**bold**", "{{x}}", "${x}", "'; DROP TABLE x;--",
        "2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31", "Europe/Atlantis", "UTC+25", "😀🙈", "ﷺ", "Ω≈ç√",
        "slack-", "teams-", "slack-T0123ABC", "teams-playground", "T0123", "U0OWNER", "C0PROJ", "a|b|c", "x/y", "#", "?", "&",
    ];

    public Random Random { get; } = new(seed);

    /// <summary>A string of any sort, sometimes thousands of characters.</summary>
    public string Text() => Random.Next(10) switch
    {
        0 => new string('x', Random.Next(500, 5000)),
        1 => Noise(Random.Next(1, 80)),
        2 => Pick(Tricky) + Pick(Tricky),
        3 => string.Concat(Enumerable.Repeat(Pick(Tricky), Random.Next(2, 300))),
        _ => Pick(Tricky),
    };

    /// <summary>An id: plausible four times in five, so that most requests get past the first check.</summary>
    public string Id(string plausible) => Random.Next(5) == 0 ? Text() : plausible;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Any JSON value, nested a little.</summary>
    public JsonNode? Node(int depth = 0) => Random.Next(depth > 2 ? 5 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(Random.Next(2) == 0),
        2 => JsonValue.Create(Random.NextInt64(long.MinValue, long.MaxValue)),
        3 => JsonValue.Create(Random.NextDouble() * 1e300),
        4 => JsonValue.Create(Text()),
        5 => new JsonArray([.. Enumerable.Range(0, Random.Next(4)).Select(_ => Node(depth + 1))]),
        _ => new JsonObject(Enumerable.Range(0, Random.Next(4)).Select(_ => KeyValuePair.Create(Text(), Node(depth + 1)))
            .DistinctBy(p => p.Key)),
    };

    /// <summary>
    /// <paramref name="valid"/> with some fields dropped, some replaced by other values or types, and sometimes a
    /// stray field; a few times in ten the result is not JSON at all.
    /// </summary>
    public string Mutate(JsonObject valid)
    {
        switch (Random.Next(12))
        {
            case 0:
                return Text();
            case 1:
                return valid.ToJsonString()[..Random.Next(valid.ToJsonString().Length)];
        }

        var copy = valid.DeepClone().AsObject();
        foreach (var key in copy.Select(p => p.Key).ToList())
        {
            switch (Random.Next(24))
            {
                case 0:
                    copy.Remove(key);
                    break;
                case 1:
                    copy[key] = Node();
                    break;
                case 2 when copy[key] is JsonValue:
                    copy[key] = Text();
                    break;
            }
        }

        if (Random.Next(4) == 0)
        {
            copy[Text()] = Node();
        }

        return copy.ToJsonString();
    }

    private string Noise(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)Random.Next(0, 0xFFFF));
        }

        return text.ToString();
    }
}
