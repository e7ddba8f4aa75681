using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Answers;

/// <summary>What the customer, the owner and the project channel read about an answer. The note is the customer's own text: adapters escape it.</summary>
public static class CustomerAnswerTexts
{
    /// <summary>The thanks the customer sees.</summary>
    public static string Thanks(Commitment commitment, CustomerAnswer answer) => answer switch
    {
        CustomerAnswer.DateWorks => $"Thank you: we noted that {WarningComposer.Spelled(commitment.DueDate)} works for you, and we will keep you informed until {commitment.Title} is delivered.",
        CustomerAnswer.Sooner => $"Thank you: we noted that you need {commitment.Title} sooner. The person responsible has been asked to get back to you.",
        _ => $"Thank you: the person responsible for {commitment.Title} has been asked to get in touch with you.",
    };

    /// <summary>The direct message to the owner; a request to follow up carries the button to move the date again.</summary>
    public static ChatMessage ToOwner(Commitment commitment, CommitmentEvent answered)
    {
        var answer = CustomerAnswers.Of(answered) ?? CustomerAnswer.Talk;
        var text = $"{Heard(commitment, answered)}{NoteOf(answered)}";
        if (answer == CustomerAnswer.DateWorks)
        {
            return new ChatMessage { Text = text };
        }

        var ask = answer == CustomerAnswer.Sooner
            ? $"Please follow up with {commitment.Customer} today: can any part come sooner? If the date moves again, type slip."
            : $"Please get in touch with {commitment.Customer} today; they want to talk it over.";
        return new ChatMessage
        {
            Text = $"{text}\n\n{ask}",
            Buttons = [new ChatButton(CheckInActions.StartSlip, "Write a new warning", commitment.Id)],
        };
    }

    /// <summary>The note in the project channel, naming the owner.</summary>
    public static ChatMessage ToChannel(Commitment commitment, CommitmentEvent answered) => new()
    {
        Text = $"{Heard(commitment, answered)} Owner: {commitment.Owner}.{NoteOf(answered)}",
        Mentions = [commitment.Owner],
    };

    private static string Heard(Commitment commitment, CommitmentEvent answered)
    {
        var answer = CustomerAnswers.Of(answered) ?? CustomerAnswer.Talk;
        var minutes = int.TryParse(answered.Data.GetValueOrDefault(CustomerAnswers.MinutesKey), out var m) ? m : 0;
        return $"{commitment.Customer} answered the warning about {commitment.Title} (now due {WarningComposer.Spelled(commitment.DueDate)}): \"{CustomerAnswers.Label(answer)}\", {Took(minutes)} after it reached them.";
    }

    private static string NoteOf(CommitmentEvent answered) =>
        answered.Data.GetValueOrDefault(CustomerAnswers.NoteKey) is { Length: > 0 } note ? $"\n\nTheir note: {note}" : string.Empty;

    /// <summary>"35 minutes", "5 hours", "2 days".</summary>
    public static string Took(int minutes) => minutes switch
    {
        < 60 => minutes == 1 ? "1 minute" : $"{minutes} minutes",
        < 48 * 60 => minutes / 60 == 1 ? "1 hour" : $"{minutes / 60} hours",
        _ => $"{minutes / (24 * 60)} days",
    };
}
