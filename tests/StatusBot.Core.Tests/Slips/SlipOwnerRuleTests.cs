using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

public class SlipOwnerRuleTests
{
    private static readonly SlipContext Ctx = Context();

    [Fact]
    public void Start_BySomeoneElse_IsRefused()
    {
        var refused = SlipConversation.Start(Ctx, SlipStartReason.Command, "U_OTHER", false, Now);

        Assert.True(refused.Refused);
        var reply = Assert.Single(refused.Replies);
        Assert.Equal(("U_OTHER", "Only U_OWNER, who owns Pilot rollout, or a workspace admin can change or send this warning."), (reply.To.Id, reply.Message.Text));
    }

    [Fact]
    public void Advance_SendBySomeoneElse_IsRefusedAndChangesNothing()
    {
        var preview = Preview(Ctx);

        var refused = Go(preview, new SlipSend("U_OTHER"), Ctx);

        Assert.True(refused.Refused);
        Assert.Equal(preview, refused.State);
        Assert.Null(refused.Delivery);
        Assert.Equal("U_OTHER", Assert.Single(refused.Replies).To.Id);
    }

    [Fact]
    public void Advance_SendByAWorkspaceAdmin_SendsAndRecordsTheAdmin()
    {
        var sending = Go(Preview(Ctx), new SlipSend("U_ADMIN") { ActorIsWorkspaceAdmin = true }, Ctx);

        Assert.Equal((SlipStep.Sending, "U_ADMIN"), (sending.State.Step, sending.State.SentBy));
    }

    [Fact]
    public void Advance_Cancel_DiscardsTheDraftAndSaysTheCustomerWasNotTold()
    {
        var cancelled = Go(Preview(Ctx), new SlipCancel(Owner), Ctx);

        Assert.Equal(SlipStep.Cancelled, cancelled.State.Step);
        Assert.Equal("Draft discarded. Acme has not been told, and Pilot rollout is still due Friday 6 March 2026.", Assert.Single(cancelled.Replies).Message.Text);
        Assert.True(Go(cancelled.State, new SlipSend(Owner), Ctx).Refused);
    }

    [Fact]
    public void Advance_CancelWhileSending_IsRefused()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx).State;

        Assert.True(Go(sending, new SlipCancel(Owner), Ctx).Refused);
    }

    [Fact]
    public void Advance_ReminderDueForADraft_RemindsTheOwnerAndRecordsIt()
    {
        var draft = Preview(Ctx);

        var reminded = Go(draft, new DraftReminderDue(), Ctx, At(3, 3, 10));

        Assert.Equal((DateTimeOffset?)At(3, 3, 10), reminded.State.LastRemindedAt);
        Assert.Equal(draft.UpdatedAt, reminded.State.UpdatedAt);
        var reply = Assert.Single(reminded.Replies);
        Assert.Equal((SlipAudience.Owner, Owner), (reply.Audience, reply.To.Id));
        Assert.StartsWith("Your warning to Acme about Pilot rollout is still a draft, and the due date is Friday 6 March 2026 (in 3 days).", reply.Message.Text, StringComparison.Ordinal);
        Assert.Equal(SlipActions.Resume, reply.Message.Buttons[0].ActionId);
    }

    [Fact]
    public void Advance_ReminderDueWhenNothingWaitsOnTheOwner_ChangesNothing()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx).State;

        var nothing = Go(sending, new DraftReminderDue(), Ctx);

        Assert.Equal(sending, nothing.State);
        Assert.Empty(nothing.Replies);
    }

    [Fact]
    public void Advance_ContextForAnotherCommitment_Throws()
    {
        var other = Context(Commitment() with { Id = "c2" });

        Assert.Throws<ArgumentException>(() => Go(Preview(Ctx), new SlipSend(Owner), other));
    }
}
