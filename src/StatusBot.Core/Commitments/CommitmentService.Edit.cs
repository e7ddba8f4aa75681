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
        var (findings, refused) = await CheckEditAsync(workspace, id, edit, actor, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

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
            : decided ?? new(CommitmentEditOutcome.Edited, await RecordReachAsync(stored, findings, actor, cancellationToken), []);
    }

    /// <summary>
    /// Checks on the platform the addresses an edit would bring in; a refusal when one does not exist at all. The edit is
    /// decided again on the fresh read that stores it: this only looks ahead.
    /// </summary>
    private async Task<(IReadOnlyList<ReachFinding> Findings, CommitmentEditResult? Refused)> CheckEditAsync(
        WorkspaceId workspace, string id, CommitmentEdit edit, string actor, CancellationToken cancellationToken)
    {
        if (_reach is null || await _store.GetAsync(workspace, id, cancellationToken) is not { } current
            || CommitmentEdits.Apply(current, edit, actor, _time.GetUtcNow()) is not { IsValid: true } preview)
        {
            return ([], null);
        }

        var findings = await _reach.CheckAsync(preview.Value!.Commitment, current, cancellationToken);
        var unknown = CommitmentReachCheck.Errors(findings);
        return unknown.Count > 0 ? (findings, new(CommitmentEditOutcome.Refused, current, unknown)) : (findings, null);
    }
}
