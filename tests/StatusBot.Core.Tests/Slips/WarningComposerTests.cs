using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.Slips;

public class WarningComposerTests
{
    [Fact]
    public void Compose_EarlyWarning_GreetsStatesTheDatesAndTakesOwnership()
    {
        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2));

        Assert.StartsWith("Hello Acme,\n\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Pilot rollout will not be ready on Friday 6 March 2026 as promised. Our new date is Wednesday 18 March 2026.", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("This is our responsibility, and we will keep you informed until Pilot rollout is delivered.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AllParts_AppearInReadingOrderUnderTheirHeadings()
    {
        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2));

        Assert.Equal(
            [null, null, "What happened", "Why", "What this means for you", "What we are doing", "Over to you", null],
            message.Sections.Select(s => s.Heading));
        var positions = SlipGiven.Parts.All().Select(p => message.Text.IndexOf(p.Text, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain(-1, positions);
    }

    [Fact]
    public void Compose_SubjectStatesTheNews_TextKeepsTheHeadings_AndTheOwnerSigns()
    {
        var owner = new Person { Workspace = SlipGiven.Commitment().Workspace, UserId = "U0OWNER", DisplayName = "Sam Rivera", Email = "sam@vendor.example" };

        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2), owner);

        Assert.Equal("New date for Pilot rollout: Wednesday 18 March 2026", message.Subject);
        Assert.Contains("\n\nWhat happened\n" + SlipGiven.Parts.Facts, message.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nOver to you\n" + SlipGiven.Parts.Ask, message.Text, StringComparison.Ordinal);
        Assert.EndsWith("until Pilot rollout is delivered.\n\nSam Rivera", message.Text, StringComparison.Ordinal);
        Assert.Equal(new MessageSender("Sam Rivera", "sam@vendor.example"), message.Sender);
        // The new date is stated once, up front.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(message.Text, "Wednesday 18 March 2026"));
    }

    [Fact]
    public void Compose_OwnerWithATitle_SignsWithNameAndRoleOnOneLine()
    {
        var owner = new Person { Workspace = SlipGiven.Commitment().Workspace, UserId = "U0OWNER", DisplayName = "Sam Lee", Email = "sam@vendor.example", Title = "Delivery\n lead " };

        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2), owner);

        Assert.EndsWith("until Pilot rollout is delivered.\n\nSam Lee, Delivery lead", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n\nSam Lee, Delivery lead", message.Sections[^1].Body, StringComparison.Ordinal);
        Assert.Equal(new MessageSender("Sam Lee", "sam@vendor.example"), message.Sender);
    }

    [Fact]
    public void Compose_TitleButNoName_IsStatusBotsOwnMessage()
    {
        var owner = new Person { Workspace = SlipGiven.Commitment().Workspace, UserId = "U0OWNER", Title = "Delivery lead" };

        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2), owner);

        Assert.EndsWith("is delivered.", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Delivery lead", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OwnerUnknown_IsStatusBotsOwnMessage()
    {
        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 2));

        Assert.Null(message.Sender);
        Assert.EndsWith("is delivered.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EmptyPart_IsLeftOut()
    {
        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts.With(SlipPart.Ask, ""), SlipGiven.D(3, 2));

        Assert.DoesNotContain(message.Sections, s => s.Heading == "Over to you");
    }

    [Fact]
    public void Compose_AfterTheOldDate_OwnsUpToTheLateNotice()
    {
        var message = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 9));

        Assert.Contains("was due on Friday 6 March 2026 and has not been delivered, and you should have heard from us before now.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OwnWords_PassTheToneCheck()
    {
        var early = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipParts.Empty, SlipGiven.D(3, 2));
        var late = WarningComposer.Compose(SlipGiven.Commitment(), SlipGiven.Due, SlipGiven.D(3, 18), SlipParts.Empty, SlipGiven.D(3, 9));

        Assert.Empty(ToneCheck.ReviewText(early.Text));
        Assert.Empty(ToneCheck.ReviewText(late.Text));
    }

    [Fact]
    public void AsSent_ReadsOnTheDayItWentOutInTheCommitmentsZone_AndADraftHasNone()
    {
        var commitment = SlipGiven.Commitment();
        var draft = new SlipState
        {
            Id = "s1", Workspace = commitment.Workspace, CommitmentId = commitment.Id, Owner = commitment.Owner, StartReason = SlipStartReason.Command,
            StartedAt = SlipGiven.Now, UpdatedAt = SlipGiven.Now, OldDueDate = SlipGiven.Due, NewDate = SlipGiven.D(3, 18), Parts = SlipGiven.Parts,
        };
        var lateEvening = draft with { Step = SlipStep.Sent, SentAt = SlipGiven.At(3, 6, 23, 30) };   // still the due date in Berlin
        var pastMidnight = draft with { Step = SlipStep.Sent, SentAt = SlipGiven.At(3, 7, 0, 30) };

        Assert.Null(WarningComposer.AsSent(draft, commitment));
        Assert.Equal(WarningComposer.Compose(commitment, SlipGiven.Due, SlipGiven.D(3, 18), SlipGiven.Parts, SlipGiven.D(3, 6)).Text, WarningComposer.AsSent(lateEvening, commitment)!.Text);
        Assert.Contains("was due on Friday 6 March 2026 and has not been delivered", WarningComposer.AsSent(pastMidnight, commitment)!.Text, StringComparison.Ordinal);
    }
}
