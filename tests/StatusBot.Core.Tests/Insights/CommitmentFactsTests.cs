using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Insights;

public sealed class CommitmentFactsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void After_ACheckInSent_CountsItAndEqualsJudgingTheWholeHistory()
    {
        var created = Commitment("a") with { Version = 1 };
        List<CommitmentEvent> history = [new(1, At, CommitmentEventKind.Created, "U1"), new(2, At.AddDays(1), CommitmentEventKind.CheckInSent, null)];

        var after = CommitmentFacts.After(CommitmentFacts.Created(created), created with { Version = 2 }, history[1]);

        var judged = CommitmentFacts.For(created with { Version = 2 }, history);
        Assert.NotNull(after);
        Assert.Equal(judged with { Counted = [] }, after with { Counted = [] });
        Assert.Equal(1, after.Answers.CheckInsSent);
    }

    [Theory]
    [InlineData(CommitmentEventKind.Answered, 2)]
    [InlineData(CommitmentEventKind.Delivered, 2)]
    [InlineData(CommitmentEventKind.Edited, 2)]
    [InlineData(CommitmentEventKind.Reminded, 3)]
    public void After_AChangeThatNeedsTheHistoryOrSkipsAVersion_IsNull(CommitmentEventKind kind, long sequence)
    {
        var created = Commitment("a") with { Version = 1 };

        Assert.Null(CommitmentFacts.After(CommitmentFacts.Created(created), created with { Version = sequence }, new CommitmentEvent(sequence, At, kind, "U1")));
    }

    [Fact]
    public void After_AReminderOfANewOwner_IsNull()
    {
        var created = Commitment("a") with { Version = 1 };

        Assert.Null(CommitmentFacts.After(CommitmentFacts.Created(created), created with { Version = 2, Owner = "U_NEW" }, new CommitmentEvent(2, At, CommitmentEventKind.Reminded, null)));
    }
}
