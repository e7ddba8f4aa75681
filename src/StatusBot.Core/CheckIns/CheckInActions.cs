namespace StatusBot.Core.CheckIns;

/// <summary>The action ids of check-in buttons, which adapters hand back to Core when clicked.</summary>
public static class CheckInActions
{
    /// <summary>An answer to a check-in; the value is <c>&lt;commitment id&gt;|&lt;answer&gt;</c> (see <see cref="AnswerValue"/>).</summary>
    public const string Answer = "checkin.answer";

    /// <summary>A snooze choice after "Snooze"; the value is <c>&lt;commitment id&gt;|tomorrow</c> or <c>|later</c>.</summary>
    public const string Snooze = "checkin.snooze";

    /// <summary>Start the slip conversation (an early or late notice); the value is the commitment id.</summary>
    public const string StartSlip = "slip.start";

    /// <summary>The value of the button that answers <paramref name="answer"/> for a commitment.</summary>
    public static string AnswerValue(string commitmentId, CheckInAnswer answer) => commitmentId + "|" + answer.ToString().ToLowerInvariant();

    /// <summary>The value of the snooze choice <paramref name="option"/> for a commitment.</summary>
    public static string SnoozeValue(string commitmentId, SnoozeOption option) => commitmentId + "|" + option.ToString().ToLowerInvariant();

    /// <summary>Reads a check-in button's value back: the commitment id and the answer; false when it names no answer.</summary>
    public static bool TryReadAnswer(string value, out string commitmentId, out CheckInAnswer answer) => TryRead(value, out commitmentId, out answer);

    /// <summary>Reads a snooze choice's value back; false when it names no choice a button offers.</summary>
    public static bool TryReadSnooze(string value, out string commitmentId, out SnoozeOption option) =>
        TryRead(value, out commitmentId, out option);

    /// <summary>The date input of the "until a date" snooze form; its value is <c>yyyy-MM-dd</c>.</summary>
    public const string SnoozeUntilInput = "snoozeUntil";

    private static bool TryRead<T>(string value, out string commitmentId, out T choice)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        var bar = value.LastIndexOf('|');
        commitmentId = bar < 0 ? value : value[..bar];
        var word = bar < 0 ? string.Empty : value[(bar + 1)..];
        // Only the lower-case names the buttons carry: no numbers, no other spellings.
        choice = default;
        return word.Length > 0 && word.All(char.IsAsciiLetterLower) && Enum.TryParse(word, ignoreCase: true, out choice);
    }
}
