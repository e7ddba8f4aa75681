namespace StatusBot.Core.CheckIns;

/// <summary>The action ids of check-in buttons, which adapters hand back to Core when clicked.</summary>
public static class CheckInActions
{
    /// <summary>An answer to a check-in; the value is <c>&lt;commitment id&gt;|&lt;answer&gt;</c>.</summary>
    public const string Answer = "checkin.answer";

    /// <summary>A snooze choice after "Snooze"; the value is <c>&lt;commitment id&gt;|tomorrow</c> or <c>|later</c>.</summary>
    public const string Snooze = "checkin.snooze";

    /// <summary>Start the slip conversation (an early or late notice); the value is the commitment id.</summary>
    public const string StartSlip = "slip.start";

    /// <summary>The answers a check-in offers, as carried in a button's value.</summary>
    public static readonly IReadOnlyList<string> Answers = ["ontrack", "atrisk", "slipping", "delivered", "snooze"];

    /// <summary>The value of the button that answers <paramref name="answer"/> for a commitment.</summary>
    public static string AnswerValue(string commitmentId, string answer) => commitmentId + "|" + answer;
}
