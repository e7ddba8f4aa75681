using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

public sealed partial class SlipService
{
    /// <summary>
    /// After a state is stored: sends the step's messages (the actor's come back to show in place), delivers
    /// the warning when the step says so, and files the conversation's next wake-up.
    /// </summary>
    private async Task<SlipResult> FollowAsync(
        StoredSlip saved, SlipTransition transition, SlipContext context, Commitment? commitment, string? actor, CancellationToken cancellationToken)
    {
        var toActor = new List<Chat.ChatMessage>();
        var undelivered = new UndeliveredReplies();
        await SendRepliesAsync(saved.State, transition.Replies, actor, toActor, undelivered, cancellationToken);
        if (transition.Delivery is { } delivery)
        {
            saved = await DeliverAsync(saved, delivery, context, commitment, actor, toActor, undelivered, cancellationToken);
        }

        saved = await _outbox.KeepAsync(saved, undelivered, cancellationToken);
        await ScheduleNextAsync(saved.State, context, cancellationToken);
        return new SlipResult { State = saved.State, ToActor = toActor, Errors = transition.Errors };
    }

    /// <summary>
    /// Sends replies under keys naming the state they came from, so a retried step sends nothing twice;
    /// what is for the actor comes back to be shown where they acted. When the bot acted on its own, a reply the
    /// platform did not take goes into <paramref name="undelivered"/>, to be kept with the state and sent again.
    /// </summary>
    private async Task SendRepliesAsync(
        SlipState state, IReadOnlyList<SlipReply> replies, string? actor, List<Chat.ChatMessage> toActor, UndeliveredReplies undelivered, CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i];
            if (actor is not null && (reply.Audience == SlipAudience.Actor || (reply.To.Kind == ChatAddressKind.User && reply.To.Id == actor)))
            {
                toActor.Add(reply.Message);
                continue;
            }

            var key = string.Create(CultureInfo.InvariantCulture,
                $"{state.Workspace}/slip/{state.Id}/{state.Step}/{state.UpdatedAt.UtcTicks}/{state.LastRemindedAt?.UtcTicks}/{reply.Audience}/{i}");
            try
            {
                await _chat.SendAsync(reply.To, reply.Message, key, cancellationToken);
            }
            catch (ChatDeliveryException ex) when (actor is not null)
            {
                toActor.Add(new Chat.ChatMessage { Text = $"I could not reach {reply.To.Id} just now ({ex.Message}). Please let them know yourself." });
            }
            catch (ChatDeliveryException ex)
            {
                undelivered.Add(new PendingReply(reply.To, reply.Message, key), ex);
            }
        }
    }

    /// <summary>
    /// Delivers the warning under the key stored with the sending state, then stores the sent state and
    /// applies its outcome. When the platform cannot take it now, the state stays sending and a wake-up
    /// tries again; the stored key makes every retry the same send.
    /// </summary>
    private async Task<StoredSlip> DeliverAsync(
        StoredSlip saved, SlipDelivery delivery, SlipContext context, Commitment? commitment, string? actor, List<Chat.ChatMessage> toActor, UndeliveredReplies undelivered,
        CancellationToken cancellationToken)
    {
        SentMessage sent;
        try
        {
            // A host that died between the platform taking the warning and keeping its receipt left it out there: find it, never
            // post twice. The look asked the sent-message log too, so the send does not ask it again.
            sent = await _chat.FindDeliveredAsync(delivery.To, delivery.IdempotencyKey, cancellationToken)
                ?? await _chat.SendNewAsync(delivery.To, delivery.Message, delivery.IdempotencyKey, cancellationToken);
        }
        catch (ChatDeliveryException ex)
        {
            await _wakeUps.ScheduleAsync(saved.State.Workspace, saved.State.CommitmentId, _time.GetUtcNow() + (ex.RetryAfter ?? RetryDelay), cancellationToken);
            if (actor is not null)
            {
                toActor.Add(new Chat.ChatMessage { Text = $"The warning to {context.Commitment.Customer} could not be delivered yet ({ex.Message}). It stays queued and I keep trying; it will arrive once, not twice." });
            }

            return saved;
        }

        for (var attempt = 1; ; attempt++)
        {
            var transition = SlipConversation.Advance(saved.State, new WarningDelivered(sent.MessageId), context, _time.GetUtcNow());
            try
            {
                var stored = transition.State == saved.State ? saved : await _slips.SaveAsync(transition.State, saved.ConcurrencyToken, cancellationToken);
                await ApplyOutcomeAsync(stored.State, commitment, cancellationToken);
                await SendRepliesAsync(stored.State, transition.Replies, actor, toActor, undelivered, cancellationToken);
                return stored;
            }
            catch (SlipConflictException) when (attempt < MaxAttempts)
            {
                saved = await _slips.GetAsync(saved.State.Workspace, saved.State.CommitmentId, cancellationToken)
                    ?? throw new InvalidOperationException($"Slip {saved.State.Id} vanished while its delivery was recorded.");
            }
        }
    }

    /// <summary>
    /// Stores what a sent warning changes (the warning and the moved date), plans the next check-in against
    /// the new date, and posts the channel note. Safe to repeat: what is stored already is not stored again,
    /// and the note goes out under its own key. Starts from <paramref name="known"/> when the caller has the
    /// latest version, and reads it only when it has not or another writer got there first.
    /// </summary>
    private async Task ApplyOutcomeAsync(SlipState sent, Commitment? known, CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync(sent.Workspace, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var commitment = known ?? await _store.GetAsync(sent.Workspace, sent.CommitmentId, cancellationToken)
                ?? throw new InvalidOperationException($"Commitment {sent.CommitmentId} vanished after its warning was sent.");
            known = null;
            var outcome = SlipOutcome.For(sent, commitment, settings);
            try
            {
                foreach (var change in outcome.Changes)
                {
                    // The changes build on each other; each is stored over the version the one before it left.
                    commitment = await _store.UpdateAsync(change.Commitment with { ConcurrencyToken = commitment.ConcurrencyToken }, change.Event, cancellationToken);
                }
            }
            catch (CommitmentConflictException) when (attempt < MaxAttempts)
            {
                continue; // Someone changed it meanwhile: what is still to store is decided afresh.
            }

            if (CheckInPlanner.Next(commitment, commitment.CheckIns, settings, _time.GetUtcNow()) is { } next)
            {
                await _wakeUps.ScheduleAsync(commitment.Workspace, commitment.Id, next.At, cancellationToken);
            }

            try
            {
                await _chat.SendAsync(outcome.ChannelNote.To, outcome.ChannelNote.Message, outcome.ChannelNoteKey, cancellationToken);
            }
            catch (ChatDeliveryException ex)
            {
                // The customer has the warning; the note follows when the channel takes it (see DoDueWorkAsync).
                await _wakeUps.ScheduleAsync(sent.Workspace, sent.CommitmentId, _time.GetUtcNow() + (ex.RetryAfter ?? RetryDelay), cancellationToken);
            }

            return;
        }
    }
}
