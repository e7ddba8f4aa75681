using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Answers;

/// <summary>A customer's answer to one warning, as a signed link or a chat button brought it.</summary>
/// <param name="Workspace">The commitment's workspace.</param>
/// <param name="CommitmentId">The commitment warned about.</param>
/// <param name="WarningFor">The due date the warning was about (it names the warning).</param>
/// <param name="Answer">What they answered.</param>
/// <param name="Via"><c>link</c> or <c>chat</c>.</param>
public sealed record CustomerAnswerRequest(WorkspaceId Workspace, string CommitmentId, DateOnly WarningFor, CustomerAnswer Answer, string Via)
{
    /// <summary>Their note, as typed; null or blank for none.</summary>
    public string? Note { get; init; }

    /// <summary>The chat user who clicked, when a chat button brought it; null for a link.</summary>
    public string? Actor { get; init; }
}

/// <summary>What became of an answer.</summary>
public enum CustomerAnswerOutcome
{
    /// <summary>It was recorded, and the owner and channel were told.</summary>
    Recorded,

    /// <summary>The same answer was already recorded for that warning: nothing changed.</summary>
    Unchanged,

    /// <summary>It could not be taken; <see cref="CustomerAnswerResult.Message"/> says why. Nothing changed.</summary>
    Refused,
}

/// <summary>The result of <see cref="CustomerAnswerService.AnswerAsync"/>.</summary>
/// <param name="Outcome">Recorded, unchanged or refused.</param>
/// <param name="Message">What to tell the customer.</param>
/// <param name="Commitment">The commitment as it now is; null when there is none.</param>
public sealed record CustomerAnswerResult(CustomerAnswerOutcome Outcome, string Message, Commitment? Commitment);
