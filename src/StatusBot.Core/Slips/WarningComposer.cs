using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.Slips;

/// <summary>
/// Turns the owner's parts and the new date into the message the customer reads: a subject that states the news, a
/// greeting by name, the news and the new date (with its weekday) once, up front, the parts in reading order under
/// their headings (in the text too, for a plain-text email), and a close that takes ownership, signed by the owner
/// when their name is known (with their role when the directory knows it: "Sam Lee, Delivery lead"). Parts left empty are left out; the tone check points them out before sending.
/// </summary>
public static class WarningComposer
{
    /// <summary>The warning about <paramref name="oldDueDate"/> moving to <paramref name="newDate"/>, as read on <paramref name="today"/>.</summary>
    public static ChatMessage Compose(Commitment commitment, DateOnly oldDueDate, DateOnly newDate, SlipParts parts, DateOnly today, Person? owner = null)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(parts);
        var greeting = $"Hello {commitment.Customer},";
        var news = today > oldDueDate
            ? $"{commitment.Title} was due on {Spelled(oldDueDate)} and has not been delivered, and you should have heard from us before now. Our new date is {Spelled(newDate)}."
            : $"We are letting you know early that {commitment.Title} will not be ready on {Spelled(oldDueDate)} as promised. Our new date is {Spelled(newDate)}.";
        var close = $"This is our responsibility, and we will keep you informed until {commitment.Title} is delivered.";
        var signer = owner?.DisplayName is { Length: > 0 } name ? name.Trim() : null;
        var signature = owner?.Title is { } title && !string.IsNullOrWhiteSpace(title) ? $"{signer}, {OneLine(title)}" : signer;

        var sections = new List<MessageSection> { new(null, greeting), new(null, news) };
        sections.AddRange(parts.All()
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => new MessageSection(SlipPartTexts.Heading(p.Part), p.Text.Trim())));
        sections.Add(new(null, signer is null ? close : $"{close}\n\n{signature}"));

        return new ChatMessage
        {
            Subject = $"New date for {commitment.Title}: {Spelled(newDate)}",
            Text = string.Join("\n\n", sections.Select(s => s.Heading is null ? s.Body : $"{s.Heading}\n{s.Body}")),
            Sections = sections,
            Sender = signer is null ? null : new MessageSender(signer, owner!.Email),
        };
    }

    /// <summary>
    /// The warning <paramref name="sent"/> delivered, composed again from the parts and dates kept with it, as read on
    /// the day it went out in the commitment's time zone; null when it was not sent.
    /// </summary>
    public static ChatMessage? AsSent(SlipState sent, Commitment commitment, Person? owner = null)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(commitment);
        return sent is { Step: SlipStep.Sent, SentAt: { } at, NewDate: { } newDate }
            ? Compose(commitment, sent.OldDueDate, newDate, sent.Parts, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Get(commitment.TimeZone)).DateTime), owner)
            : null;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Wednesday 18 March 2026": a date nobody can misread.</summary>
    public static string Spelled(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
