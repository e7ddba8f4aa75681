using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;

namespace StatusBot.Core.CheckIns;

/// <summary>What each piece of check-in work says, and to whom: platform-neutral messages for the chat port.</summary>
public static class CheckInMessages
{
    /// <summary>The messages that doing <paramref name="work"/> sends, each with where it goes.</summary>
    public static IReadOnlyList<(ChatAddress To, ChatMessage Message)> For(
        CheckInWork work, Commitment commitment, CheckInSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commitment);
        var owner = ChatAddress.ToUser(commitment.Workspace, commitment.Owner);
        var channel = ChatAddress.ToChannel(commitment.Workspace, commitment.Channel);
        return work.Kind switch
        {
            CheckInWorkKind.CheckIn => [(owner, Question(CheckInTexts.Question(commitment, settings, now), commitment))],
            CheckInWorkKind.Reminder => [(owner, Question(CheckInTexts.Reminder(commitment, settings, now), commitment))],
            CheckInWorkKind.Escalation => [(channel, Plain(CheckInTexts.Escalation(commitment, work.Triggers, settings, now)))],
            CheckInWorkKind.NoticePeriodPassed => [(channel, Plain(CheckInTexts.NoticePeriodPassed(commitment, settings, now)))],
            CheckInWorkKind.MissedSilently => [(channel, Plain(CheckInTexts.MissedSilentlyChannel(commitment, settings, now)))],
            CheckInWorkKind.LateNoticePrompt => [(owner, LateNoticePrompt(commitment, settings, now))],
            _ => throw new ArgumentOutOfRangeException(nameof(work), work.Kind, "Unknown kind of check-in work."),
        };
    }

    private static ChatMessage Plain(string text) => new() { Text = text };

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
