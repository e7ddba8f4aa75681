using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary>
    /// A customer's click on a warning in a shared channel: anyone there may answer for the customer. The thanks goes to
    /// the one who clicked; the warning keeps its buttons, so a change of mind is one more click.
    /// </summary>
    private async Task<ChatResponse> CustomerAnswerAsync(ChatClick click, CancellationToken cancellationToken)
    {
        if (!CustomerAnswers.TryRead(click.Value, out var id, out var warningFor, out var answer))
        {
            return ChatResponse.Say("That answer is not one I offer. Please use the buttons of the latest warning.");
        }

        var request = new CustomerAnswerRequest(click.Actor.Workspace, id, warningFor, answer, "chat") { Actor = click.Actor.UserId };
        var result = await _answers.AnswerAsync(request, cancellationToken);
        return ChatResponse.Say(result.Message);
    }
}
