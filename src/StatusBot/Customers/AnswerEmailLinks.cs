using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Email;

namespace StatusBot.Customers;

/// <summary>Turns a warning's answer buttons into signed answer links; other buttons have no link.</summary>
internal sealed class AnswerEmailLinks(CustomerLinks links) : IEmailLinks
{
    public Uri? LinkFor(WorkspaceId workspace, ChatButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return button.ActionId == CustomerAnswers.Action && CustomerAnswers.TryRead(button.Value, out var id, out var warningFor, out var answer)
            ? links.AnswerUrl(workspace, id, warningFor, answer)
            : null;
    }
}
