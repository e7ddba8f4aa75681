using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

public class SlipApprovalTests
{
    // Due Fri 6 Mar with 2 days' notice: the last responsible moment is Wed 4 Mar 17:00, later than one
    // working day from Mon 11:00, so the approver has until Tue 3 Mar 11:00.
    private static readonly SlipContext Ctx = Context(Commitment(approver: Approver, noticeDays: 2));

    [Fact]
    public void Advance_SendWithAnApprover_AsksTheApproverFirst()
    {
        var asked = AskApproval(Ctx);

        Assert.Equal(SlipStep.AwaitingApproval, asked.State.Step);
        Assert.Null(asked.Delivery);
        Assert.Equal((Approver, At(3, 3, 11), ApprovalStatus.Pending), (asked.State.Approval!.Approver, asked.State.Approval.ApproveBy, asked.State.Approval.Status));
        var request = asked.Replies.Single(r => r.Audience == SlipAudience.Approver);
        Assert.Equal(Approver, request.To.Id);
        Assert.Equal([SlipActions.Approve, SlipActions.RequestChanges], request.Message.Buttons.Select(b => b.ActionId));
        Assert.Contains("Please answer by Tuesday 3 March at 11:00", request.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Hello Acme,", request.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Sent to U_BOSS for approval; they have until Tuesday 3 March at 11:00.", asked.Replies.Single(r => r.Audience == SlipAudience.Actor).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_PreviewWithAnApprover_OffersToSendForApproval()
    {
        var state = Preview(Ctx);

        var shown = Go(state, new SlipResume(Owner), Ctx);

        Assert.Equal("Send to U_BOSS for approval", Assert.Single(shown.Replies).Message.FormActions[0].Label);
    }

    [Fact]
    public void Advance_ApproverApproves_SendsAndTellsTheOwner()
    {
        var asked = AskApproval(Ctx).State;

        var approved = Go(asked, new ApproverApproved(Approver), Ctx, At(3, 2, 14));

        Assert.Equal((SlipStep.Sending, ApprovalStatus.Approved), (approved.State.Step, approved.State.Approval!.Status));
        Assert.NotNull(approved.Delivery);
        Assert.Equal(Owner, approved.State.SentBy);
        Assert.Contains(approved.Replies, r => r.Audience == SlipAudience.Owner && r.Message.Text == "U_BOSS approved your warning to Acme; it is on its way.");
    }

    [Fact]
    public void Advance_ApproverRequestsChanges_ReturnsTheOwnerToTheMessageWithTheNote()
    {
        var asked = AskApproval(Ctx).State;

        var changes = Go(asked, new ApproverRequestedChanges(Approver, "  Please drop the database detail. "), Ctx);

        Assert.Equal((SlipStep.Message, ApprovalStatus.ChangesRequested, "Please drop the database detail."), (changes.State.Step, changes.State.Approval!.Status, changes.State.Approval.Note));
        var told = changes.Replies.Single(r => r.Audience == SlipAudience.Owner);
        Assert.Contains("Please drop the database detail.", told.Message.Text, StringComparison.Ordinal);
        Assert.Equal(SlipActions.Resume, Assert.Single(told.Message.Buttons).ActionId);

        var reopened = Go(changes.State, new SlipResume(Owner), Ctx);
        Assert.Contains("U_BOSS asked for changes: Please drop the database detail.", Assert.Single(reopened.Replies).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_OwnerTriesToApprove_IsRefused()
    {
        var asked = AskApproval(Ctx).State;

        var refused = Go(asked, new ApproverApproved(Owner), Ctx);

        Assert.True(refused.Refused);
        Assert.Equal(asked, refused.State);
        Assert.StartsWith("Only U_BOSS, who was asked to approve", Assert.Single(refused.Replies).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_OwnerSendsBeforeApproveBy_IsRefused()
    {
        var asked = AskApproval(Ctx).State;

        var refused = Go(asked, new SlipSend(Owner), Ctx, At(3, 3, 10, 59));

        Assert.True(refused.Refused);
        Assert.Equal(SlipStep.AwaitingApproval, refused.State.Step);
    }

    [Fact]
    public void Advance_TimeoutBeforeApproveBy_ChangesNothing()
    {
        var asked = AskApproval(Ctx).State;

        var early = Go(asked, new ApprovalTimedOut(), Ctx, At(3, 3, 10));

        Assert.Equal(asked, early.State);
        Assert.Empty(early.Replies);
    }

    [Fact]
    public void Advance_TimeoutThenOwnerSends_SendsWithoutApproval()
    {
        var asked = AskApproval(Ctx).State;

        var timedOut = Go(asked, new ApprovalTimedOut(), Ctx, At(3, 3, 11));

        Assert.Equal((SlipStep.AwaitingApproval, ApprovalStatus.TimedOut), (timedOut.State.Step, timedOut.State.Approval!.Status));
        var owner = timedOut.Replies.Single(r => r.Audience == SlipAudience.Owner);
        Assert.Contains("U_BOSS has not answered by Tuesday 3 March at 11:00.", owner.Message.Text, StringComparison.Ordinal);
        Assert.Equal(SlipActions.Send, owner.Message.Buttons[0].ActionId);
        Assert.Contains(timedOut.Replies, r => r.Audience == SlipAudience.Approver);

        var sending = Go(timedOut.State, new SlipSend(Owner), Ctx, At(3, 3, 11, 5));

        Assert.Equal(SlipStep.Sending, sending.State.Step);
        Assert.NotNull(sending.Delivery);
    }

    [Fact]
    public void Advance_ApproverAnswersAfterTheTimeout_StillCounts()
    {
        var timedOut = Go(AskApproval(Ctx).State, new ApprovalTimedOut(), Ctx, At(3, 3, 11)).State;

        var approved = Go(timedOut, new ApproverApproved(Approver), Ctx, At(3, 3, 12));

        Assert.Equal((SlipStep.Sending, ApprovalStatus.Approved), (approved.State.Step, approved.State.Approval!.Status));
    }

    [Fact]
    public void Advance_NoticeMomentPassed_ShortWindowAndEveryoneIsTold()
    {
        // Due Fri 6 Mar with 5 days' notice: the last moment was Fri 27 Feb; three working hours from Mon 11:00.
        var context = Context(Commitment(approver: Approver, noticeDays: 5));

        var asked = AskApproval(context);

        Assert.Equal((At(3, 2, 14), true), (asked.State.Approval!.ApproveBy, asked.State.Approval.NoticeMomentPassed));
        Assert.All(asked.Replies, r => Assert.Contains("has already passed", r.Message.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Advance_OwnerGoesBackWhileAwaiting_WithdrawsTheRequest()
    {
        var back = Go(AskApproval(Ctx).State, new SlipBack(Owner), Ctx);

        Assert.Equal(SlipStep.Message, back.State.Step);
        Assert.Null(back.State.Approval);
        Assert.Contains(back.Replies, r => r.Audience == SlipAudience.Approver);
    }
}
