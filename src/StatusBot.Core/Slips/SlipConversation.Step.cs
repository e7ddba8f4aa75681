using StatusBot.Core.CheckIns;
using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

public static partial class SlipConversation
{
    /// <summary>One call of <see cref="Advance"/>: its arguments and the helpers every step uses.</summary>
    private sealed class Step(SlipState state, SlipInput input, SlipContext context, DateTimeOffset now)
    {
        private WorkingCalendar? _calendar;

        public SlipState State => state;

        public SlipInput Input => input;

        public SlipContext Context => context;

        public DateTimeOffset Now => now;

        public WorkingCalendar Calendar => _calendar ??= context.Calendar();

        public DateOnly Today => Calendar.LocalDate(now);

        /// <summary>The owner, a co-owner (who answers for it as much) or a workspace admin.</summary>
        public bool IsOwner => input.Actor is { } actor
            && (actor == state.Owner || input.ActorIsWorkspaceAdmin || context.Commitment.CoOwners.Contains(actor, StringComparer.Ordinal));

        public bool IsApprover => input.Actor is { } actor && state.Approval?.Approver == actor;

        public SlipState Moved(SlipState next) => next with { UpdatedAt = now };

        public SlipTransition Refuse(string text) => new(state)
        {
            Refused = true,
            Replies = input.Actor is null ? [] : [ToActor(new ChatMessage { Text = text })],
        };

        public SlipReply ToActor(ChatMessage message) =>
            new(SlipAudience.Actor, ChatAddress.ToUser(state.Workspace, input.Actor ?? state.Owner), message);

        public SlipReply ToOwner(ChatMessage message) => new(SlipAudience.Owner, ChatAddress.ToUser(state.Workspace, state.Owner), message);

        public SlipReply ToApprover(SlipApproval approval, string text) =>
            new(SlipAudience.Approver, ChatAddress.ToUser(state.Workspace, approval.Approver), new ChatMessage { Text = text });

        public ReplanAdvice Advice() => ReplanAdvice.From(context.History, context.OwnerHistories, Calendar, now);

        public ChatMessage Warning(SlipState of) =>
            WarningComposer.Compose(context.Commitment, of.OldDueDate, of.NewDate ?? of.OldDueDate, of.Parts, Today, context.Owner);

        /// <summary>The current step of <paramref name="next"/> as a form for the actor.</summary>
        public SlipTransition Show(SlipState next, List<FieldError>? errors = null, string? flag = null)
        {
            errors ??= [];
            var commitment = context.Commitment;
            var form = next.Step switch
            {
                SlipStep.NewDate => SlipViews.DateForm(next, commitment, Advice(), errors.Count > 0 ? errors[0] : null, flag),
                SlipStep.Message => SlipViews.PartsForm(next, commitment, errors),
                _ => SlipViews.Preview(next, Warning(next), ToneCheck.Review(new WarningDraft(next.Parts, next.NewDate), context.Classifier, Today), context.Approver),
            };
            return new SlipTransition(next) { Replies = [ToActor(form)], Errors = errors };
        }
    }
}
