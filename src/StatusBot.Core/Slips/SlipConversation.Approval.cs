using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

public static partial class SlipConversation
{
    private static SlipTransition RequestApproval(Step step, string approver)
    {
        var commitment = step.Context.Commitment;
        var deadline = ApprovalPolicy.Deadline(step.State.OldDueDate, commitment.NoticeDays, step.Calendar, step.Context.Settings, step.Now);
        var approval = new SlipApproval { Approver = approver, RequestedAt = step.Now, ApproveBy = deadline.ApproveBy, NoticeMomentPassed = deadline.NoticeMomentPassed };
        var state = step.Moved(step.State with { Step = SlipStep.AwaitingApproval, Approval = approval, SentBy = step.Input.Actor });
        var by = SlipTexts.Time(deadline.ApproveBy, step.Calendar);
        var passed = deadline.NoticeMomentPassed
            ? $" The last responsible moment to warn {commitment.Customer} has already passed, so there is little time left."
            : string.Empty;
        var warning = step.Warning(state);
        var request = new ChatMessage
        {
            Text = $"{state.Owner} asks you to approve this warning to {commitment.Customer} before it is sent. Please answer by {by}; after that, {state.Owner} may send it without your approval.{passed}\n\n{warning.Text}",
            Sections = warning.Sections,
            Inputs = [new ChatInput { Id = SlipActions.ChangesNoteInput, Kind = ChatInputKind.MultilineText, Label = "What should change?", Hint = "Only needed when you ask for changes.", MaxLength = SlipPartTexts.MaxLength, Optional = true }],
            Buttons = [new(SlipActions.Approve, "Approve", state.CommitmentId, ButtonStyle.Primary), new(SlipActions.RequestChanges, "Request changes", state.CommitmentId)],
            Mentions = [state.Owner],
        };
        var told = new ChatMessage { Text = $"Sent to {approver} for approval; they have until {by}.{passed} You will hear from me when they answer.", Mentions = [approver] };
        return new SlipTransition(state) { Replies = [new SlipReply(SlipAudience.Approver, ChatAddress.ToUser(state.Workspace, approver), request), step.ToActor(told)] };
    }

    private static SlipTransition Decide(Step step)
    {
        if (step.State is not { Step: SlipStep.AwaitingApproval, Approval: { Status: ApprovalStatus.Pending or ApprovalStatus.TimedOut } approval })
        {
            return step.Refuse(step.State.Step is SlipStep.Sending or SlipStep.Sent ? SlipTexts.StepDone(step.State) : "You have already answered this request; nothing more is needed from you.");
        }

        var customer = step.Context.Commitment.Customer;
        if (step.Input is ApproverRequestedChanges changes)
        {
            var note = changes.Note?.Trim();
            if (note?.Length > SlipPartTexts.MaxLength)
            {
                return step.Refuse($"Please keep the note to {SlipPartTexts.MaxLength} characters or fewer.") with { Errors = [new FieldError(SlipActions.ChangesNoteInput, "Too long.")] };
            }

            var revised = step.Moved(step.State with { Step = SlipStep.Message, Approval = approval with { Status = ApprovalStatus.ChangesRequested, DecidedAt = step.Now, Note = note } });
            var ask = new ChatMessage
            {
                Text = $"{approval.Approver} asked for changes before {customer} sees the warning: {(string.IsNullOrEmpty(note) ? "no note given" : note)}",
                Buttons = [new(SlipActions.Resume, "Revise the warning", revised.CommitmentId, ButtonStyle.Primary)],
            };
            return new SlipTransition(revised) { Replies = [step.ToOwner(ask), step.ToApprover(approval, $"Thank you. {revised.Owner} has been asked to revise the warning.")] };
        }

        var approved = step.State with { Approval = approval with { Status = ApprovalStatus.Approved, DecidedAt = step.Now } };
        var sending = Sending(step, approved);
        return sending with
        {
            Replies =
            [
                step.ToOwner(new ChatMessage { Text = $"{approval.Approver} approved your warning to {customer}; it is on its way." }),
                step.ToApprover(approval, $"Thank you. The warning is on its way to {customer}."),
            ],
        };
    }

    private static SlipTransition TimedOut(Step step)
    {
        if (step.State is not { Step: SlipStep.AwaitingApproval, Approval: { Status: ApprovalStatus.Pending } approval } || step.Now < approval.ApproveBy)
        {
            return new SlipTransition(step.State);
        }

        var customer = step.Context.Commitment.Customer;
        var state = step.Moved(step.State with { Approval = approval with { Status = ApprovalStatus.TimedOut, DecidedAt = step.Now } });
        var toOwner = new ChatMessage
        {
            Text = $"{approval.Approver} has not answered by {SlipTexts.Time(approval.ApproveBy, step.Calendar)}. So that {customer} hears in time, you can send the warning now without approval.",
            Buttons = [new(SlipActions.Send, $"Send to {customer} now", state.CommitmentId, ButtonStyle.Primary), new(SlipActions.Back, "Edit it first", state.CommitmentId)],
        };
        var toApprover = $"The time to approve the warning to {customer} has passed; {state.Owner} may now send it without your approval.";
        return new SlipTransition(state) { Replies = [step.ToOwner(toOwner), step.ToApprover(approval, toApprover)] };
    }

    private static SlipTransition WhileAwaiting(Step step)
    {
        var approval = step.State.Approval!;
        return step.Input switch
        {
            SlipSend when approval.Status == ApprovalStatus.TimedOut || step.Now >= approval.ApproveBy =>
                Sending(step, step.State with { SentBy = step.Input.Actor, Approval = approval with { Status = ApprovalStatus.TimedOut, DecidedAt = approval.DecidedAt ?? step.Now } }),
            SlipSend => step.Refuse($"This warning is waiting for {approval.Approver}, who has until {SlipTexts.Time(approval.ApproveBy, step.Calendar)} to answer; after that you may send it without approval."),
            SlipBack => Withdraw(step, approval),
            _ => step.Refuse(SlipTexts.StepDone(step.State)),
        };
    }

    private static SlipTransition Withdraw(Step step, SlipApproval approval)
    {
        var back = step.Show(step.Moved(step.State with { Step = SlipStep.Message, Approval = null }));
        var note = $"{step.State.Owner} is revising the warning to {step.Context.Commitment.Customer}; nothing is needed from you for now.";
        return back with { Replies = [.. back.Replies, step.ToApprover(approval, note)] };
    }
}
