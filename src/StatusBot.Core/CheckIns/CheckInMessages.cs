using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.CheckIns;

/// <summary>What each piece of check-in work says, and to whom: platform-neutral messages for the chat port.</summary>
public static class CheckInMessages
{
    /// <summary>
    /// The messages that doing <paramref name="work"/> sends, each with where it goes. With the <paramref name="owner"/>'s
    /// directory entry: while they are away, their delegate is asked in their place; a silence escalated to the channel
    /// is also told to their manager, directly.
    /// </summary>
    public static IReadOnlyList<(ChatAddress To, ChatMessage Message)> For(
        CheckInWork work, Commitment commitment, CheckInSettings settings, DateTimeOffset now, Person? owner = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commitment);
        var standIn = PersonalTime.StandIn(owner, commitment.TimeZone, now);
        var asked = ChatAddress.ToUser(commitment.Workspace, standIn ?? commitment.Owner);
        var channel = ChatAddress.ToChannel(commitment.Workspace, commitment.Channel);
        var manager = owner?.Manager;
        return work.Kind switch
        {
            CheckInWorkKind.CheckIn => AllOwners(asked, commitment, StandingIn(standIn, owner, CheckInTexts.Question(commitment, settings, now)), CheckInTexts.Question(commitment, settings, now)),
            CheckInWorkKind.Reminder => AllOwners(asked, commitment, StandingIn(standIn, owner, CheckInTexts.Reminder(commitment, settings, now)), CheckInTexts.Reminder(commitment, settings, now)),
            CheckInWorkKind.Escalation when manager is not null =>
            [
                (channel, Naming(CheckInTexts.Escalation(commitment, work.Triggers, settings, now, manager), commitment.Owner, manager)),
                (ChatAddress.ToUser(commitment.Workspace, manager), Naming(CheckInTexts.ManagerEscalation(commitment, work.Triggers, settings, now), commitment.Owner)),
            ],
            CheckInWorkKind.Escalation => [(channel, Naming(CheckInTexts.Escalation(commitment, work.Triggers, settings, now), commitment.Owner))],
            CheckInWorkKind.NoticePeriodPassed => [(channel, Naming(CheckInTexts.NoticePeriodPassed(commitment, settings, now, manager), commitment.Owner, manager))],
            CheckInWorkKind.MissedSilently => [(channel, Naming(CheckInTexts.MissedSilentlyChannel(commitment, settings, now), commitment.Owner))],
            CheckInWorkKind.AwayNotice when manager is not null && owner is not null && work.AwayFrom is { } from =>
                [(ChatAddress.ToUser(commitment.Workspace, manager), Naming(CheckInTexts.AwayNotice(commitment, owner, from, settings, now), commitment.Owner))],
            CheckInWorkKind.AwayNotice => [],
            CheckInWorkKind.LateNoticePrompt => [(ChatAddress.ToUser(commitment.Workspace, commitment.Owner), LateNoticePrompt(commitment, settings, now))],
            _ => throw new ArgumentOutOfRangeException(nameof(work), work.Kind, "Unknown kind of check-in work."),
        };
    }

    /// <summary>The question to the owner (or their stand-in), then to each co-owner: the first answer counts for all.</summary>
    private static List<(ChatAddress To, ChatMessage Message)> AllOwners(ChatAddress asked, Commitment commitment, string toOwner, string toCoOwner)
    {
        var questions = new List<(ChatAddress To, ChatMessage Message)> { (asked, Question(toOwner, commitment)) };
        foreach (var coOwner in commitment.CoOwners.Where(id => id != asked.Id))
        {
            questions.Add((ChatAddress.ToUser(commitment.Workspace, coOwner), Question($"You answer for this with {commitment.Owner}; the first answer counts. {toCoOwner}", commitment)));
        }

        return questions;
    }

    /// <summary>A note to a channel or manager that names people the bot knows, so the platform can mention them.</summary>
    private static ChatMessage Naming(string text, params string?[] people) =>
        new() { Text = text, Mentions = [.. people.OfType<string>().Distinct(StringComparer.Ordinal)] };

    private static string StandingIn(string? standIn, Person? owner, string text) =>
        standIn is null ? text : $"You are standing in for {owner!.DisplayName ?? owner.UserId} while they are away. {text}";

    private static ChatMessage Question(string text, Commitment commitment) => new()
    {
        Text = text,
        Buttons =
        [
            new(CheckInActions.Answer, "On track", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.OnTrack), ButtonStyle.Primary),
            new(CheckInActions.Answer, "At risk", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.AtRisk)),
            new(CheckInActions.Answer, "Slipping", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping), ButtonStyle.Danger),
            new(CheckInActions.Answer, "Delivered", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Delivered)),
            new(CheckInActions.Answer, "Snooze", CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Snooze)),
        ],
    };

    private static ChatMessage LateNoticePrompt(Commitment commitment, CheckInSettings settings, DateTimeOffset now) => new()
    {
        Text = CheckInTexts.MissedSilentlyOwner(commitment, settings, now),
        Buttons = [new(CheckInActions.StartSlip, "Write the notice now", commitment.Id, ButtonStyle.Primary)],
    };
}
