using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Slips;

/// <summary>
/// The conversation's outbox: replies of a step the bot took on its own that a platform did not take are kept with the
/// conversation's state and sent again, under the keys they were first tried under, on the commitment's next wake-up.
/// </summary>
internal sealed class SlipOutbox(ISlipStore slips, IWakeUpSchedule wakeUps, IChatPort chat, TimeProvider time)
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Stores the replies a platform did not take with the conversation, and files a wake-up to send them again
    /// (see <see cref="ResendAsync"/>). A permanent failure is thrown after they are kept, so that the scheduler reports
    /// who cannot be reached.
    /// </summary>
    public async Task<StoredSlip> KeepAsync(StoredSlip saved, UndeliveredReplies undelivered, CancellationToken cancellationToken)
    {
        if (undelivered.Replies.Count == 0)
        {
            return saved;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var known = saved.State.Undelivered ?? [];
                var kept = saved.State with { Undelivered = [.. known, .. undelivered.Replies.Where(r => !known.Any(k => k.Key == r.Key))] };
                saved = await slips.SaveAsync(kept, saved.ConcurrencyToken, cancellationToken);
                break;
            }
            catch (SlipConflictException) when (attempt < MaxAttempts)
            {
                saved = await slips.GetAsync(saved.State.Workspace, saved.State.CommitmentId, cancellationToken)
                    ?? throw new InvalidOperationException($"Slip {saved.State.Id} vanished while its undelivered replies were kept.");
            }
        }

        await wakeUps.ScheduleAsync(saved.State.Workspace, saved.State.CommitmentId, time.GetUtcNow() + (undelivered.RetryAfter ?? SlipService.RetryDelay), cancellationToken);
        if (undelivered.Permanent is { } permanent)
        {
            throw permanent;
        }

        return saved;
    }

    /// <summary>Sends the kept replies again under their keys; keeps what still fails (see <see cref="KeepAsync"/>).</summary>
    public async Task<StoredSlip> ResendAsync(StoredSlip stored, CancellationToken cancellationToken)
    {
        var still = new UndeliveredReplies();
        foreach (var pending in stored.State.Undelivered ?? [])
        {
            try
            {
                await chat.SendAsync(pending.To, pending.Message, pending.Key, cancellationToken);
            }
            catch (ChatDeliveryException ex)
            {
                still.Add(pending, ex);
            }
        }

        try
        {
            stored = await slips.SaveAsync(stored.State with { Undelivered = null }, stored.ConcurrencyToken, cancellationToken);
        }
        catch (SlipConflictException)
        {
            // Another host resent them meanwhile (under the same keys, so nothing went twice); its state stands.
            return await slips.GetAsync(stored.State.Workspace, stored.State.CommitmentId, cancellationToken) ?? stored;
        }

        return await KeepAsync(stored, still, cancellationToken);
    }
}
