using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary>At most this many commitments are offered to pick from; narrowing words find the rest.</summary>
    internal const int MaxChoices = 10;

    private async Task<ChatResponse> SlipCommandAsync(ChatActor actor, string words, CancellationToken cancellationToken)
    {
        var mine = await MineAsync(actor, words, cancellationToken);
        if (mine.Count == 1)
        {
            return await StartSlipAsync(actor, mine[0].Id, cancellationToken);
        }

        if (mine.Count == 0)
        {
            return ChatResponse.Say(NoneMatching(words));
        }

        var more = mine.Count > MaxChoices ? $" Showing the first {MaxChoices} of {mine.Count}; add words to narrow them down." : string.Empty;
        return new ChatResponse
        {
            Messages =
            [
                new ChatMessage
                {
                    Text = $"Which commitment is slipping?{more}",
                    Buttons = [.. mine.Take(MaxChoices).Select(c => new ChatButton(CheckInActions.StartSlip, Label(c), c.Id))],
                },
            ],
        };
    }

    private async Task<ChatResponse> StartSlipAsync(ChatActor actor, string commitmentId, CancellationToken cancellationToken)
    {
        return FromSlip(await _slips.StartAsync(actor.Workspace, commitmentId, SlipStartReason.Command, actor.UserId, actor.IsWorkspaceAdmin, cancellationToken));
    }

    private async Task<ChatResponse> SlipStepAsync(ChatClick click, CancellationToken cancellationToken)
    {
        var actor = click.Actor.UserId;
        SlipInput? input = click.ActionId switch
        {
            SlipActions.SubmitDate => new NewDateSubmitted(actor, click.Input(SlipActions.NewDateInput)),
            SlipActions.SubmitParts => new PartsSubmitted(actor, Parts(click)),
            SlipActions.Back => new SlipBack(actor),
            SlipActions.Cancel => new SlipCancel(actor),
            SlipActions.Send => new SlipSend(actor),
            SlipActions.Resume => new SlipResume(actor),
            SlipActions.Approve => new ApproverApproved(actor),
            SlipActions.RequestChanges => new ApproverRequestedChanges(actor, click.Input(SlipActions.ChangesNoteInput)),
            _ => null,
        };
        if (input is null)
        {
            return ChatResponse.Say("That button is no longer in use. Type help to see what I can do.");
        }

        var result = await _slips.HandleAsync(click.Actor.Workspace, click.Value, input with { ActorIsWorkspaceAdmin = click.Actor.IsWorkspaceAdmin }, cancellationToken);
        var response = FromSlip(result);
        // An approver's buttons are spent once they answer.
        return input is ApproverApproved or ApproverRequestedChanges && !result.Refused && response.Messages.Count > 0
            ? response with { Answered = response.Messages[0] }
            : response;
    }

    private static SlipParts Parts(ChatClick click) =>
        Enum.GetValues<SlipPart>().Aggregate(SlipParts.Empty, (parts, part) => parts.With(part, click.Input(SlipPartTexts.InputId(part))));

    private static ChatResponse FromSlip(SlipResult result) => new() { Messages = result.ToActor, Errors = result.Errors };

    private static string Label(Commitment commitment) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{commitment.Title} ({commitment.Customer}, due {commitment.DueDate:d MMM})");
}
