using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

/// <summary>
/// The slip conversation as a pure state machine: from "we are slipping" to a clear, early warning the
/// customer receives exactly once. <see cref="Advance"/> takes the stored state, one input, what the host
/// read (<see cref="SlipContext"/>) and the time, and returns the next state with the replies to send.
/// </summary>
/// <remarks>
/// Steps: new date, message parts, preview with the tone check, then (with an approver) awaiting approval,
/// then sending and sent. Owner inputs come from the owner or a workspace admin; approver inputs from the
/// approver; inputs with no actor from the host. Anything else is refused with a reply and changes nothing.
/// </remarks>
public static partial class SlipConversation
{
    /// <summary>Starts a conversation about the commitment in <paramref name="context"/> and shows its first step to <paramref name="actor"/>.</summary>
    public static SlipTransition Start(SlipContext context, SlipStartReason reason, string actor, bool actorIsWorkspaceAdmin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commitment = context.Commitment;
        var state = SlipState.Begin(commitment.Workspace, commitment.Id, commitment.Owner, commitment.DueDate, reason, now);
        return Advance(state, new SlipResume(actor) { ActorIsWorkspaceAdmin = actorIsWorkspaceAdmin }, context, now);
    }

    /// <summary>The state after <paramref name="input"/>, with the replies to send and what the host should do next.</summary>
    public static SlipTransition Advance(SlipState state, SlipInput input, SlipContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Commitment.Id != state.CommitmentId)
        {
            throw new ArgumentException($"The context is about commitment {context.Commitment.Id}, the slip {state.Id} about {state.CommitmentId}.", nameof(context));
        }

        var step = new Step(state, input, context, now);
        return input switch
        {
            WarningDelivered delivered => Delivered(step, delivered),
            DraftReminderDue => Remind(step),
            ApprovalTimedOut => TimedOut(step),
            SlipResume { Actor: null } => Resume(step),
            ApproverApproved or ApproverRequestedChanges => step.IsApprover ? Decide(step) : step.Refuse(SlipTexts.NotApprover(state.Approval)),
            _ when !step.IsOwner => step.Refuse(SlipTexts.NotOwner(state, context.Commitment)),
            SlipResume => Resume(step),
            SlipCancel => Cancel(step),
            _ => state.Step switch
            {
                SlipStep.NewDate or SlipStep.Message or SlipStep.Preview => Draft(step),
                SlipStep.AwaitingApproval => WhileAwaiting(step),
                _ => step.Refuse(SlipTexts.StepDone(state)),
            },
        };
    }

    private static SlipTransition Resume(Step step) => step.State.Step switch
    {
        SlipStep.Sending => Sending(step, step.State),
        SlipStep.NewDate or SlipStep.Message or SlipStep.Preview when step.Input.Actor is not null => step.Show(step.State),
        _ when step.Input.Actor is not null => step.Refuse(SlipTexts.StepDone(step.State)),
        _ => new SlipTransition(step.State),
    };

    private static SlipTransition Cancel(Step step)
    {
        if (step.State.Step is SlipStep.Sending or SlipStep.Sent or SlipStep.Cancelled)
        {
            return step.Refuse(SlipTexts.StepDone(step.State));
        }

        var cancelled = step.Moved(step.State with { Step = SlipStep.Cancelled });
        var replies = new List<SlipReply> { step.ToActor(new ChatMessage { Text = SlipTexts.Discarded(step.Context.Commitment, cancelled) }) };
        if (step.State is { Step: SlipStep.AwaitingApproval, Approval: { } approval })
        {
            replies.Add(step.ToApprover(approval, $"{step.State.Owner} withdrew the warning to {step.Context.Commitment.Customer}; nothing is needed from you."));
        }

        return new SlipTransition(cancelled) { Replies = replies };
    }

    private static SlipTransition Remind(Step step)
    {
        if (!step.State.WaitsOnOwner())
        {
            return new SlipTransition(step.State);
        }

        var text = SlipTexts.Reminder(step.Context.Commitment, step.State, step.Today);
        var message = new ChatMessage
        {
            Text = text,
            Buttons = [new ChatButton(SlipActions.Resume, "Continue the draft", step.State.CommitmentId, ButtonStyle.Primary), new ChatButton(SlipActions.Cancel, "Discard it", step.State.CommitmentId)],
        };
        return new SlipTransition(step.State with { LastRemindedAt = step.Now }) { Replies = [step.ToOwner(message)] };
    }
}
