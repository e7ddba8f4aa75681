using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary><c>commit edit [words]</c>: the edit form of the one commitment of the actor's that matches, or a choice.</summary>
    private async Task<ChatResponse> EditCommandAsync(ChatActor actor, string words, CancellationToken cancellationToken)
    {
        var mine = await MineAsync(actor, words, cancellationToken);
        return mine.Count switch
        {
            0 => ChatResponse.Say(NoneMatching(words)),
            1 => new ChatResponse { Messages = [CommitmentEditForm.Message(mine[0])] },
            _ => new ChatResponse
            {
                Messages =
                [
                    new ChatMessage
                    {
                        Text = "Which commitment do you want to change?",
                        Buttons = [.. mine.Take(MaxChoices).Select(c => new ChatButton(CommitmentEditForm.Pick, Label(c), c.Id))],
                    },
                ],
            },
        };
    }

    private async Task<ChatResponse> EditFormAsync(ChatClick click, CancellationToken cancellationToken)
    {
        var commitment = await _commitments.GetAsync(click.Actor.Workspace, click.Value, cancellationToken);
        return commitment is null || !MayAct(click.Actor, commitment)
            ? ChatResponse.Say(commitment is null ? "That commitment no longer exists." : $"Only {commitment.Owner}, a co-owner or a workspace admin can change this.")
            : new ChatResponse { Messages = [CommitmentEditForm.Message(commitment)] };
    }

    private async Task<ChatResponse> EditAsync(ChatClick click, CancellationToken cancellationToken)
    {
        var commitment = await _commitments.GetAsync(click.Actor.Workspace, click.Value, cancellationToken);
        if (commitment is null || !MayAct(click.Actor, commitment))
        {
            return await EditFormAsync(click, cancellationToken);
        }

        var (edit, errors) = CommitmentEditForm.Read(click, commitment);
        var result = errors.Count > 0 ? null : await _commitments.EditAsync(commitment.Workspace, commitment.Id, edit, click.Actor.UserId, cancellationToken);
        if (result is null || result.Outcome is CommitmentEditOutcome.Refused or CommitmentEditOutcome.Closed)
        {
            return new ChatResponse { Messages = [CommitmentForm.Refill(CommitmentEditForm.Message(commitment), click)], Errors = result?.Errors ?? errors };
        }

        var after = result.Commitment!;
        if (result.Outcome == CommitmentEditOutcome.Unchanged)
        {
            return ChatResponse.Say($"Nothing changed on {after.Title}.");
        }

        var told = await HandOver.TellAsync(_chat, commitment, after, click.Actor.UserId, cancellationToken);
        var handedOver = after.Owner == commitment.Owner ? string.Empty
            : told.Contains(after.Owner) ? $" It is {after.Owner}'s now; they have been told." : $" It is {after.Owner}'s now, but I could not tell them: please do.";
        var problems = await _commitments.ReachProblemsAsync(after, cancellationToken);
        return ChatResponse.Say($"Saved {after.Title} for {after.Customer}, due {WarningComposer.Spelled(after.DueDate)}.{handedOver}{ReachNote(problems)}");
    }
}
