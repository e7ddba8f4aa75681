using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Slips;

namespace StatusBot.Dashboard;

/// <summary>
/// The text of the warning a commitment's customer was sent, for its page: the slip store keeps each commitment's latest
/// conversation with the parts the owner wrote, so the latest warning sent is composed again from them, signed as it was.
/// Earlier warnings of the same commitment show who they went to, not their text.
/// </summary>
internal sealed class SentWarnings(ISlipStore slips, IPeopleDirectory people)
{
    /// <summary>The warning's text by the sequence of the WarningSent event it belongs to (matched by its idempotency key).</summary>
    public async Task<IReadOnlyDictionary<long, ChatMessage>> ByEventAsync(
        Commitment commitment, IReadOnlyList<CommitmentEvent> history, CancellationToken cancellationToken)
    {
        if (!history.Any(e => e.Kind == CommitmentEventKind.WarningSent)
            || await slips.GetAsync(commitment.Workspace, commitment.Id, cancellationToken) is not { State: { IdempotencyKey: { } key } state }
            || history.LastOrDefault(e => e.Kind == CommitmentEventKind.WarningSent && e.Data.GetValueOrDefault(SlipEventData.IdempotencyKey) == key) is not { } warned
            || WarningComposer.AsSent(state, commitment, await people.GetAsync(commitment.Workspace, state.Owner, cancellationToken)) is not { } text)
        {
            return new Dictionary<long, ChatMessage>();
        }

        return new Dictionary<long, ChatMessage> { [warned.Sequence] = text };
    }
}
