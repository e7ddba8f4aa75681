using StatusBot.Core.Chat;

namespace StatusBot.Core.Digests;

/// <summary>
/// Turns a <see cref="Digest"/> into a platform-neutral <see cref="ChatMessage"/> that fits a line budget,
/// so each adapter can pass the budget its platform allows (Slack's block limit, Teams' message size).
/// </summary>
public static class DigestMessages
{
    /// <summary>
    /// The smallest budget accepted: a title, a heading and one "not shown" line for each of the seven
    /// lists, two lines of numbers and the pointer to the full list.
    /// </summary>
    public const int MinimumLines = 18;

    private const int FooterLines = 2;

    /// <summary>
    /// The digest as a message of at most <paramref name="maxLines"/> lines of <see cref="ChatMessage.Text"/>:
    /// a title line, one section per list (the six attention lists, then warnings sent) and a last section with
    /// the numbers. When everything does not fit, the most urgent lists are shown first, each cut list ends with
    /// "and N more", and a last line points to <paramref name="fullList"/> (a link or a command to type).
    /// User text is not escaped: adapters escape it for their platform.
    /// </summary>
    public static ChatMessage ToChatMessage(Digest digest, int maxLines, string fullList)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, MinimumLines);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullList);
        var today = DateOnly.FromDateTime(digest.GeneratedAt.UtcDateTime);
        var footer = digest.Numbers.IsEmpty && digest.IsAllOnTrack ? [] : DigestTexts.Footer(digest.Numbers, digest.Period);
        if (digest.IsAllOnTrack)
        {
            return Compose(DigestTexts.AllOnTrack, [], footer, null);
        }

        var lists = Lists(digest, today);
        var items = lists.Sum(l => l.Lines.Count);
        var free = maxLines - 1 - FooterLines - lists.Count;
        var cut = items > free;
        var sections = new List<MessageSection>(lists.Count);
        if (cut)
        {
            // One line for the pointer and one "and N more" line held back for every list.
            free -= 1 + lists.Count;
        }

        foreach (var (heading, lines) in lists)
        {
            var room = cut ? free + 1 : lines.Count;
            var shown = lines.Count <= room ? lines.Count : room - 1;
            free = cut ? room - shown - (shown < lines.Count ? 1 : 0) : free;
            var body = lines.Take(shown).ToList();
            if (shown < lines.Count)
            {
                body.Add(DigestTexts.More(lines.Count - shown, shown));
            }

            sections.Add(new MessageSection(heading, string.Join('\n', body)));
        }

        return Compose(DigestTexts.Title(digest), sections, footer, cut ? DigestTexts.FullList(fullList) : null);
    }

    private static List<(string Heading, List<string> Lines)> Lists(Digest digest, DateOnly today)
    {
        var lists = digest.Sections
            .Select(s => (DigestTexts.Heading(s.Kind), s.Lines.Select(l => DigestTexts.Line(l, today)).ToList()))
            .ToList();
        if (digest.Warnings.Count > 0)
        {
            lists.Add((DigestTexts.WarningsHeading(digest.Period), digest.Warnings.Select(w => DigestTexts.Line(w, today)).ToList()));
        }

        return lists;
    }

    private static ChatMessage Compose(string title, List<MessageSection> sections, string[] footer, string? pointer)
    {
        var closing = pointer is null ? footer : [.. footer, pointer];
        if (closing.Length > 0)
        {
            sections.Add(new MessageSection(null, string.Join('\n', closing)));
        }

        var text = new List<string> { title };
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                text.Add(section.Heading);
            }

            text.Add(section.Body);
        }

        return new ChatMessage { Text = string.Join('\n', text), Sections = sections };
    }
}
