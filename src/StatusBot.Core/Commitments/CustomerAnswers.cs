using System.Globalization;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Commitments;

/// <summary>
/// How a customer's answer to a warning travels: the buttons every warning carries (an email turns them into signed
/// links), the value a click carries back, and the keys of the <see cref="CommitmentEventKind.CustomerAnswered"/> event.
/// A warning is named by the due date it warned about, which only one warning of a commitment can have.
/// </summary>
public static class CustomerAnswers
{
    /// <summary>The action id of the three answer buttons.</summary>
    public const string Action = "customer.answer";

    /// <summary>The most characters of a customer's note that are kept.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Event data: the answer (<see cref="Word"/>).</summary>
    public const string AnswerKey = "answer";

    /// <summary>Event data: the due date the answered warning was about (<c>yyyy-MM-dd</c>).</summary>
    public const string WarningForKey = "warningFor";

    /// <summary>Event data: the customer's note, when they left one.</summary>
    public const string NoteKey = "note";

    /// <summary>Event data: whole minutes from the warning reaching them to the answer.</summary>
    public const string MinutesKey = "answeredAfterMinutes";

    /// <summary>Event data: where the answer came from: <c>link</c> or <c>chat</c>.</summary>
    public const string ViaKey = "via";

    /// <summary>The answers in the order they are offered.</summary>
    public static IReadOnlyList<CustomerAnswer> All { get; } = [CustomerAnswer.DateWorks, CustomerAnswer.Sooner, CustomerAnswer.Talk];

    /// <summary>The answer as the customer reads it.</summary>
    public static string Label(CustomerAnswer answer) => answer switch
    {
        CustomerAnswer.DateWorks => "The new date works",
        CustomerAnswer.Sooner => "We need it sooner",
        _ => "Let's talk",
    };

    /// <summary>The answer as values and history store it: <c>works</c>, <c>sooner</c>, <c>talk</c>.</summary>
    public static string Word(CustomerAnswer answer) => answer switch
    {
        CustomerAnswer.DateWorks => "works",
        CustomerAnswer.Sooner => "sooner",
        _ => "talk",
    };

    /// <summary>The answer a stored word names, or null.</summary>
    public static CustomerAnswer? Parse(string? word) => All.Cast<CustomerAnswer?>().FirstOrDefault(a => Word(a!.Value) == word);

    /// <summary>The three buttons of the warning about <paramref name="warningFor"/>.</summary>
    public static IReadOnlyList<ChatButton> Buttons(string commitmentId, DateOnly warningFor) =>
        [.. All.Select(a => new ChatButton(Action, Label(a), Value(commitmentId, warningFor, a), a == CustomerAnswer.DateWorks ? ButtonStyle.Primary : ButtonStyle.Default))];

    /// <summary>What a button carries back: <c>id|yyyy-MM-dd|word</c>.</summary>
    public static string Value(string commitmentId, DateOnly warningFor, CustomerAnswer answer) =>
        string.Join('|', commitmentId, Format(warningFor), Word(answer));

    /// <summary>Reads a button's value; false when it is not one <see cref="Value"/> made.</summary>
    public static bool TryRead(string value, out string commitmentId, out DateOnly warningFor, out CustomerAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(value);
        (commitmentId, warningFor, answer) = (string.Empty, default, default);
        var parts = value.Split('|');
        if (parts.Length != 3 || parts[0].Length == 0 || Parse(parts[2]) is not { } parsed
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out warningFor))
        {
            return false;
        }

        (commitmentId, answer) = (parts[0], parsed);
        return true;
    }

    /// <summary>The answer an event records, or null when it is not a readable customer answer.</summary>
    public static CustomerAnswer? Of(CommitmentEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Kind == CommitmentEventKind.CustomerAnswered ? Parse(recorded.Data.GetValueOrDefault(AnswerKey)) : null;
    }

    /// <summary>The due date of the warning an answer event is about, or null.</summary>
    public static DateOnly? WarningFor(CommitmentEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return DateOnly.TryParseExact(recorded.Data.GetValueOrDefault(WarningForKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
