using StatusBot.Core.Chat;

namespace StatusBot.Core.ChatActions;

/// <summary>What StatusBot can do in chat, in the words of its commands (Slack adds a slash; Teams does not).</summary>
public static class ChatHelp
{
    /// <summary>The commands, each with what it does, in the order help lists them.</summary>
    public static readonly IReadOnlyList<string> Commands =
    [
        "slip [words]: warn a customer early that a commitment is slipping (words pick the commitment by title or customer)",
        "commit: add a commitment; commit list or list: your commitments; commit edit [words]: hand one over, or change its co-owners, approver, channel or date",
        "commit share <customer>: a link to the customer's promise page, to send them; commit unshare <id> withdraws it",
        "checkin [words]: ask me the check-in now instead of waiting for it",
        "digest: post this channel's digest now; digest daily 09:00, digest weekly monday 09:00 Europe/Berlin, or digest off to schedule it",
        "away 2026-12-21 2027-01-04 delegate @maria: your time off, and who answers your check-ins meanwhile; away off ends it",
        "manager @bo: who hears when you stay silent; manager off clears it",
        "tone <text>: check any text for what costs a customer's trust (vague timing, blame, minimising, hedging...)",
        "help: this list",
    ];

    /// <summary>The command words help knows, for suggestions.</summary>
    public static readonly IReadOnlyList<string> Words = ["slip", "commit", "list", "checkin", "digest", "away", "manager", "tone", "help"];

    private const string Intro = "Here is what I can do:";

    /// <summary>The usage text, one command per line.</summary>
    public static string Text { get; } = Intro + "\n" + string.Join("\n", Commands.Select(c => "- " + c));

    /// <summary>The usage as a list that every platform shows one command per line.</summary>
    public static ChatMessage Message(string? lead = null) => new()
    {
        Text = lead is null ? Text : lead + "\n\n" + Text,
        Sections = [new MessageSection(null, lead is null ? Intro : lead + "\n\n" + Intro) { Items = Commands }],
    };

    /// <summary>The first words StatusBot says to someone: what it is, and three things to try.</summary>
    public static ChatMessage Greeting { get; } = List(
        "Hi, I am StatusBot. I check in with you on the commitments you own, and when one slips I help you warn the customer early. Three things to try:",
        [
            "commit: add a commitment you made to a customer",
            "checkin: be asked about it now, and answer Slipping to walk through an early warning",
            "digest: see every commitment at risk in this channel",
        ],
        "Type help for everything else.");

    /// <summary>
    /// An answer to a command StatusBot does not know: a greeting for a greeting, else a suggestion and the list.
    /// </summary>
    /// <param name="command">The first word typed.</param>
    /// <param name="arguments">The rest of what was typed.</param>
    public static ChatMessage Unknown(string command, string arguments)
    {
        var whole = (command + " " + arguments).Trim().TrimEnd('!', '.', ',');
        if (Greetings.Contains(whole) || Greetings.Contains(command.TrimEnd('!', '.', ',')))
        {
            return Greeting;
        }

        var suggestion = Suggest(command);
        return Message(suggestion is null ? $"I do not know \"{command}\"." : $"I do not know \"{command}\". Did you mean {suggestion}?");
    }

    /// <summary>The known command closest to <paramref name="word"/> (a typo or a start), or null when none is close.</summary>
    public static string? Suggest(string word)
    {
        var typed = word.Trim().ToLowerInvariant();
        if (typed.Length < 2)
        {
            return null;
        }

        return Words.FirstOrDefault(w => w.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(w, StringComparison.Ordinal))
            ?? Words.Select(w => (Word: w, Distance: EditDistance(typed, w))).Where(c => c.Distance <= Math.Max(1, c.Word.Length / 3))
                .OrderBy(c => c.Distance).Select(c => c.Word).FirstOrDefault();
    }

    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "hallo", "hiya", "good morning", "good afternoon", "good evening", "morning", "yo", "start", "get started",
    };

    private static ChatMessage List(string lead, IReadOnlyList<string> items, string tail) => new()
    {
        Text = lead + "\n" + string.Join("\n", items.Select(i => "- " + i)) + "\n" + tail,
        Sections = [new MessageSection(null, lead) { Items = items }, new MessageSection(null, tail)],
    };

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
