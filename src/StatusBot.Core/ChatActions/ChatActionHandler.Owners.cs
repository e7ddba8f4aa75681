using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary>True when <paramref name="userId"/> answers for <paramref name="commitment"/>: its owner or a co-owner.</summary>
    private static bool Owns(Commitment commitment, string userId) => CoOwners.All(commitment).Contains(userId, StringComparer.Ordinal);

    /// <summary>
    /// With co-owners, the first answer to a check-in counts: the latest answer, when someone other than
    /// <paramref name="actor"/> gave it since the latest check-in went out; null when <paramref name="actor"/> may answer.
    /// </summary>
    private async Task<CommitmentEvent?> AnsweredByAnotherAsync(Commitment commitment, string actor, CancellationToken cancellationToken)
    {
        if (commitment.CoOwners.Count == 0 || !commitment.CheckIns.Answered || commitment.CheckIns.LastCheckInAt is not { } asked
            || commitment.CheckIns.LastAnswerAt is not { } answered || answered < asked)
        {
            return null;
        }

        var history = await _commitments.HistoryAsync(commitment.Workspace, commitment.Id, cancellationToken);
        var last = history.LastOrDefault(e => e.Kind == CommitmentEventKind.Answered);
        return last is not null && last.Actor != actor && last.At >= asked ? last : null;
    }

    /// <summary>Replaces the other owners' questions of the latest check-in with who answered and how, so nobody answers twice.</summary>
    private async Task TellOtherOwnersAsync(Commitment commitment, string actor, string answer, CancellationToken cancellationToken)
    {
        if (commitment.CoOwners.Count == 0)
        {
            return;
        }

        var history = await _commitments.HistoryAsync(commitment.Workspace, commitment.Id, cancellationToken);
        var text = $"{commitment.Title} for {commitment.Customer}, due {WarningComposer.Spelled(commitment.DueDate)}: {actor} answered {answer} on {WarningComposer.Spelled(LocalToday(commitment))}.";
        foreach (var question in AskedMessages.Latest(commitment.Workspace, history).Where(q => q.To.Id != actor))
        {
            try
            {
                await _chat.UpdateAsync(question, new ChatMessage { Text = text, Mentions = [actor] }, cancellationToken);
            }
            catch (ChatDeliveryException)
            {
                // Only a courtesy: their buttons answer "already answered" all the same.
            }
        }
    }

    private ChatResponse AlreadyAnswered(Commitment commitment, CommitmentEvent earlier)
    {
        var health = earlier.Data.GetValueOrDefault("health") switch
        {
            nameof(Health.OnTrack) => "On track",
            nameof(Health.AtRisk) => "At risk",
            var other => other ?? "already",
        };
        var text = $"{earlier.Actor} already answered {health}; the first answer counts.";
        return new ChatResponse { Messages = [new ChatMessage { Text = text }], Answered = Answered(commitment, $"{health} (by {earlier.Actor})") };
    }
}
