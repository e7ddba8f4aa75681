using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>What became of an edit.</summary>
public enum CommitmentEditOutcome
{
    /// <summary>The edit was stored and recorded in the history.</summary>
    Edited,

    /// <summary>The edit changed nothing; nothing was recorded.</summary>
    Unchanged,

    /// <summary>There is no such commitment.</summary>
    NotFound,

    /// <summary>The commitment is delivered or cancelled and cannot be edited.</summary>
    Closed,

    /// <summary>The edit is not acceptable; <see cref="CommitmentEditResult.Errors"/> says why.</summary>
    Refused,
}

/// <summary>The outcome of <see cref="CommitmentService.EditAsync"/>.</summary>
/// <param name="Outcome">What became of the edit.</param>
/// <param name="Commitment">The commitment as it is now; null when there is none.</param>
/// <param name="Errors">Why it was refused (or why a closed commitment cannot be edited); empty otherwise.</param>
public sealed record CommitmentEditResult(CommitmentEditOutcome Outcome, Commitment? Commitment, IReadOnlyList<FieldError> Errors);

public sealed partial class CommitmentService
{
    /// <summary>
    /// Edits a commitment (fields, or its status to close it) by the rules of <see cref="CommitmentEdits.Apply"/>,
    /// deciding again from a fresh read when another writer changed it meanwhile.
    /// </summary>
    public async Task<CommitmentEditResult> EditAsync(
        WorkspaceId workspace, string id, CommitmentEdit edit, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        CommitmentEditResult? decided = null;
        var stored = await ChangeAsync(workspace, id, (current, now) =>
        {
            var result = CommitmentEdits.Apply(current, edit, actor, now);
            decided = result switch
            {
                null => new(CommitmentEditOutcome.Unchanged, current, []),
                { IsValid: false } when current.Status != CommitmentStatus.Open => new(CommitmentEditOutcome.Closed, current, result.Errors),
                { IsValid: false } => new(CommitmentEditOutcome.Refused, current, result.Errors),
                _ => null,
            };
            return result?.Value;
        }, cancellationToken);

        return stored is null
            ? new(CommitmentEditOutcome.NotFound, null, [])
            : decided ?? new(CommitmentEditOutcome.Edited, stored, []);
    }
}
