namespace StatusBot.Slack.Rendering;

/// <summary>Splits escaped mrkdwn into pieces that each fit a section block.</summary>
internal static class TextChunks
{
    /// <summary>
    /// Cuts <paramref name="escaped"/> into pieces of at most <paramref name="max"/> characters, preferring a line
    /// break, then a space, and never cutting inside an entity such as <c>&amp;amp;</c>.
    /// </summary>
    public static List<string> Split(string escaped, int max)
    {
        var chunks = new List<string>();
        var rest = escaped.AsSpan();
        while (rest.Length > max)
        {
            var cut = Cut(rest[..max]);
            chunks.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest.ToString());
        }

        return chunks;
    }

    private static int Cut(ReadOnlySpan<char> window)
    {
        var newline = window.LastIndexOf('\n');
        if (newline > window.Length / 2)
        {
            return newline + 1;
        }

        var space = window.LastIndexOf(' ');
        if (space > window.Length / 2)
        {
            return space + 1;
        }

        // A hard cut: step back to before an entity that would otherwise be split.
        var amp = window[^Math.Min(5, window.Length)..].LastIndexOf('&');
        var start = window.Length - Math.Min(5, window.Length) + amp;
        return amp >= 0 && window[start..].IndexOf(';') < 0 && start > 0 ? start : window.Length;
    }
}
