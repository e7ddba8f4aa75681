using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// Real mentions in a card: each person the bot itself names (<see cref="ChatMessage.Mentions"/>) whose name is known
/// becomes <c>&lt;at&gt;Name&lt;/at&gt;</c> where their id stands as a word in the escaped text, with a <c>mention</c> entity
/// in the card's <c>msteams.entities</c>. Text is escaped first, so an <c>&lt;at&gt;</c> a user typed stays text; a person
/// with no known name stays their id, mentioning no one.
/// </summary>
internal sealed class CardMentions
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly List<(Regex Id, string Tag, string UserId, string Name)> _people;

    private CardMentions(List<(Regex, string, string, string)> people) => _people = people;

    /// <summary>None: every id stays text.</summary>
    public static CardMentions None { get; } = new([]);

    /// <summary>The mentions of <paramref name="message"/>, for those of its people whom <paramref name="names"/> names.</summary>
    public static CardMentions For(ChatMessage message, IReadOnlyDictionary<string, string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return None;
        }

        var people = new List<(Regex, string, string, string)>();
        foreach (var id in message.Mentions.Distinct(StringComparer.Ordinal))
        {
            if (names.TryGetValue(id, out var name) && Clean(name) is { Length: > 0 } shown)
            {
                // The id as the escaped text spells it, standing alone (not inside a longer id).
                var pattern = $@"(?<![A-Za-z0-9:_\\-]){Regex.Escape(AdaptiveCardText.Escape(id))}(?![A-Za-z0-9_\\-])";
                people.Add((new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout), $"<at>{shown}</at>", id, name));
            }
        }

        return new(people);
    }

    /// <summary><paramref name="escaped"/> (already escaped user text) with the known people's ids as mentions.</summary>
    public string Apply(string escaped)
    {
        foreach (var (id, tag, _, _) in _people)
        {
            escaped = id.Replace(escaped, tag);
        }

        return escaped;
    }

    /// <summary>The <c>msteams</c> object for a card whose TextBlocks hold <paramref name="texts"/>: an entity per mention shown; null when none is.</summary>
    public JsonObject? MsTeams(IEnumerable<string> texts)
    {
        var all = string.Join('\n', texts);
        var entities = new JsonArray();
        foreach (var (_, tag, userId, name) in _people.Where(p => all.Contains(p.Tag, StringComparison.Ordinal)))
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = tag,
                ["mentioned"] = new JsonObject { ["id"] = userId, ["name"] = name },
            });
        }

        return entities.Count == 0 ? null : new JsonObject { ["entities"] = entities };
    }

    /// <summary>
    /// The name as it may stand between <c>&lt;at&gt;</c> tags: letters, digits, spaces and <c>.-'(),</c> only, so that a
    /// name set on the platform cannot add markup to the card.
    /// </summary>
    private static string Clean(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '\'' or '(' or ')' or ',')
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }
}
