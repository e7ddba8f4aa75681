using System.Text.Json;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using static StatusBot.Core.Tests.Slips.SlipGiven;
using static StatusBot.Core.Tests.Slips.SlipWalk;

namespace StatusBot.Core.Tests.Slips;

public class SlipSendingTests
{
    private static readonly SlipContext Ctx = Context();

    [Fact]
    public void Advance_SendWithoutApprover_DecidesTheKeyBeforeDelivering()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx);

        Assert.Equal(SlipStep.Sending, sending.State.Step);
        Assert.NotNull(sending.State.IdempotencyKey);
        var delivery = Assert.IsType<SlipDelivery>(sending.Delivery);
        Assert.Equal(sending.State.IdempotencyKey, delivery.IdempotencyKey);
        Assert.Equal(new ChatAddress(WorkspaceId.Playground, ChatAddressKind.Channel, "C_ACME"), delivery.To);
        Assert.StartsWith("Hello Acme,", delivery.Message.Text, StringComparison.Ordinal);
        Assert.Equal(Owner, sending.State.SentBy);
    }

    [Fact]
    public void Advance_ResumeAfterACrash_DeliversAgainUnderTheSameKey()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx);
        // The store kept the state as JSON; the process died before the send was confirmed.
        var stored = JsonSerializer.Serialize(sending.State);
        var reloaded = JsonSerializer.Deserialize<SlipState>(stored)!;

        var resumed = Go(reloaded, new SlipResume(null), Ctx, Now.AddMinutes(7));

        Assert.Equal(sending.State, resumed.State);
        Assert.Equal(sending.Delivery!.IdempotencyKey, resumed.Delivery!.IdempotencyKey);
        Assert.Equal(sending.Delivery.To, resumed.Delivery.To);
    }

    [Fact]
    public void Advance_DoubleClickOnSend_DoesNotStartASecondSend()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx).State;

        var again = Go(sending, new SlipSend(Owner), Ctx);

        Assert.True(again.Refused);
        Assert.Null(again.Delivery);
        Assert.Equal(sending, again.State);
    }

    [Fact]
    public void Advance_Delivered_IsSentAndItsOutcomeIsWhatToStore()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx).State;

        var sent = Go(sending, new WarningDelivered("1712.0001"), Ctx, At(3, 2, 11, 1));

        Assert.Equal((SlipStep.Sent, (DateTimeOffset?)At(3, 2, 11, 1), "1712.0001"), (sent.State.Step, sent.State.SentAt, sent.State.SentMessageId));
        var outcome = SlipOutcome.For(sent.State, Ctx.Commitment, Ctx.Settings);
        Assert.Equal([CommitmentEventKind.WarningSent, CommitmentEventKind.DueDateMoved], outcome.Changes.Select(c => c.Event.Kind));
        Assert.Equal(4, outcome.LeadTimeWorkingDays);
        Assert.Equal(sending.IdempotencyKey, outcome.Changes[0].Event.Data[SlipEventData.IdempotencyKey]);
        var told = Assert.Single(sent.Replies);
        Assert.Equal(
            "Your warning reached Acme, 4 working days before the original date. Pilot rollout is now due Wednesday 18 March 2026, and check-ins continue against that date.",
            told.Message.Text);
    }

    [Fact]
    public void Advance_DeliveredTwice_ChangesNothingTheSecondTime()
    {
        var sending = Go(Preview(Ctx), new SlipSend(Owner), Ctx).State;
        var sent = Go(sending, new WarningDelivered("m1"), Ctx).State;

        var again = Go(sent, new WarningDelivered("m1"), Ctx, Now.AddHours(1));

        Assert.Equal(sent, again.State);
        Assert.Null(again.Delivery);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public void Advance_DeliveredWhileNotSending_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Go(Preview(Ctx), new WarningDelivered("m1"), Ctx));
    }

    [Fact]
    public void SlipState_EveryStep_SurvivesAJsonRoundTrip()
    {
        var asked = AskApproval(Context(Commitment(approver: Approver))).State;
        var sent = Go(Go(Preview(Ctx), new SlipSend(Owner), Ctx).State, new WarningDelivered("m1"), Ctx).State;

        foreach (var state in new[] { Start(Ctx).State, Preview(Ctx), asked, sent })
        {
            Assert.Equal(state, JsonSerializer.Deserialize<SlipState>(JsonSerializer.Serialize(state)));
        }
    }
}
