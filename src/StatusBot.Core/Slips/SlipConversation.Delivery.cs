using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

public static partial class SlipConversation
{
    /// <summary>
    /// Enters (or stays in) sending. The idempotency key is decided here and kept in the state the host
    /// stores before it sends, so a retry after a crash sends under the same key and the chat port's log
    /// makes it a no-op.
    /// </summary>
    private static SlipTransition Sending(Step step, SlipState state)
    {
        var sending = state.Step == SlipStep.Sending
            ? state
            : step.Moved(state with { Step = SlipStep.Sending, IdempotencyKey = state.IdempotencyKey ?? state.WarningKey() });
        var to = ChatAddress.ForDestination(sending.Workspace, step.Context.Commitment.CustomerDestination);
        // The customer answers with one click: buttons in chat, signed links in an email.
        var warning = step.Warning(sending) with { Buttons = CustomerAnswers.Buttons(sending.CommitmentId, sending.OldDueDate) };
        return new SlipTransition(sending) { Delivery = new SlipDelivery(to, warning, sending.IdempotencyKey!) };
    }

    private static SlipTransition Delivered(Step step, WarningDelivered delivered)
    {
        switch (step.State.Step)
        {
            case SlipStep.Sent:
                return new SlipTransition(step.State);
            case SlipStep.Sending:
                var sent = step.Moved(step.State with { Step = SlipStep.Sent, SentAt = step.Now, SentMessageId = delivered.MessageId });
                // What the send changes on the commitment is the host's to store (SlipOutcome.For, on the latest version).
                var calendar = step.Context.Calendar();
                var lead = SlipOutcome.LeadTime(calendar.LocalDate(step.Now), sent.OldDueDate, calendar);
                var told = new ChatMessage { Text = SlipTexts.SentToOwner(step.Context.Commitment, sent, lead) };
                return new SlipTransition(sent) { Replies = [step.ToOwner(told)] };
            default:
                throw new InvalidOperationException($"Slip {step.State.Id} is {step.State.Step}: nothing was being sent, so nothing can have been delivered.");
        }
    }
}
