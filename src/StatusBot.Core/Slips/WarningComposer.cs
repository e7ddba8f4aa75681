using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

/// <summary>
/// Turns the owner's parts and the new date into the message the customer reads: a greeting by name,
/// the news and the new date (with its weekday) up front, the parts in reading order, and a close that
/// takes ownership. Parts left empty are left out; the tone check points them out before sending.
/// </summary>
public static class WarningComposer
{
    /// <summary>The warning about <paramref name="oldDueDate"/> moving to <paramref name="newDate"/>, as read on <paramref name="today"/>.</summary>
    public static ChatMessage Compose(Commitment commitment, DateOnly oldDueDate, DateOnly newDate, SlipParts parts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(parts);
        var greeting = $"Hello {commitment.Customer},";
        var news = today > oldDueDate
            ? $"{commitment.Title} was due on {Spelled(oldDueDate)} and has not been delivered, and you should have heard from us before now. Our new date is {Spelled(newDate)}."
            : $"We are letting you know early that {commitment.Title} will not be ready on {Spelled(oldDueDate)} as promised. Our new date is {Spelled(newDate)}.";
        var close = $"This is our responsibility, and we will keep you informed until {commitment.Title} is delivered.";

        var sections = new List<MessageSection> { new(null, news) };
        sections.AddRange(parts.All()
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => new MessageSection(SlipPartTexts.Heading(p.Part), p.Text.Trim())));
        sections.Add(new(null, close));

        var text = string.Join("\n\n", sections.Select(s => s.Body).Prepend(greeting));
        return new ChatMessage { Text = text, Sections = [new(null, greeting), .. sections] };
    }

    /// <summary>"Wednesday 18 March 2026": a date nobody can misread.</summary>
    public static string Spelled(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
