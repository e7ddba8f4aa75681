using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class PromiseLedgerTests
{
    private static readonly DateOnly Dec1 = new(2025, 12, 1);
    private static readonly DateOnly Dec5 = new(2025, 12, 5);
    private static readonly DateOnly Dec12 = new(2025, 12, 12);
    private static readonly DateOnly Dec19 = new(2025, 12, 19);

    private static DateTimeOffset At(int day) => new(2025, 12, day, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_TwoReplansThenDelivered_ListsEveryDateWithItsOutcome()
    {
        var c = Commitment("a", status: CommitmentStatus.Delivered) with { DueDate = Dec19 };
        var histories = Histories(("a", [
            Created(At(1).AddDays(-20), Dec5),
            Warning(At(2), 3, Dec5, Dec12),
            Moved(At(2), Dec5, Dec12),
            Moved(At(15), Dec12, Dec19),
            Event(CommitmentEventKind.Delivered, At(18)),
        ]));

        var ledger = PromiseLedger.For(" acme ", [c, Commitment("other", customer: "Contoso")], histories);

        var promises = Assert.Single(ledger.Commitments);
        Assert.Equal(
            [(Dec5, PromiseOutcome.Moved), (Dec12, PromiseOutcome.Missed), (Dec19, PromiseOutcome.Kept)],
            promises.Dates.Select(d => (d.Date, d.Outcome)));
        Assert.Equal(At(15), promises.Dates[2].GivenAt);
        Assert.Equal(2, promises.Replans);
        Assert.Equal([new PromiseWarning(At(2), 3)], promises.Warnings);
        Assert.Equal((3, 1, 1, 1), (ledger.DatesGiven, ledger.Kept, ledger.Moved, ledger.Missed));
    }

    [Fact]
    public void For_NoCreatedDate_TakesTheFirstMovesOldDate()
    {
        var c = Commitment("a") with { DueDate = Dec19 };
        var ledger = PromiseLedger.For("Acme", [c], Histories(("a", [Created(At(1)), Moved(At(2), Dec5, Dec19)])), Now);
        Assert.Equal([Dec5, Dec19], ledger.Commitments[0].Dates.Select(d => d.Date));
        Assert.Equal(PromiseOutcome.Open, ledger.Commitments[0].Dates[^1].Outcome);
    }

    [Fact]
    public void For_NoHistory_HasTheCurrentDateOnly()
    {
        var ledger = PromiseLedger.For("Acme", [Commitment("a", dueInDays: 2)], null);
        var date = Assert.Single(Assert.Single(ledger.Commitments).Dates);
        Assert.Equal((Today.AddDays(2), PromiseOutcome.Open), (date.Date, date.Outcome));
    }

    [Fact]
    public void For_OpenDateEnded_IsMissedOnlyWhenNowSaysSoOrItWasRecorded()
    {
        var c = Commitment("a", dueInDays: -1);
        Assert.Equal(PromiseOutcome.Open, PromiseLedger.For("Acme", [c], null).Commitments[0].Dates[0].Outcome);
        Assert.Equal(PromiseOutcome.Missed, PromiseLedger.For("Acme", [c], null, Now).Commitments[0].Dates[0].Outcome);
        var recorded = Histories(("a", [Event(CommitmentEventKind.MissedSilently, Now, (DigestEventData.DueDate, DigestEventData.Format(c.DueDate)))]));
        Assert.Equal(PromiseOutcome.Missed, PromiseLedger.For("Acme", [c], recorded).Commitments[0].Dates[0].Outcome);
    }

    [Fact]
    public void For_EditedDueDateAndCancelled_CountsTheEditAsAReplanAndTheLastDateAsCancelled()
    {
        var c = Commitment("a", status: CommitmentStatus.Cancelled) with { DueDate = Dec19 };
        var histories = Histories(("a", [
            Created(At(1), Dec12),
            Event(CommitmentEventKind.Edited, At(3), ("dueDate", "2025-12-12 -> 2025-12-19")),
            Event(CommitmentEventKind.Cancelled, At(4)),
        ]));
        var promises = PromiseLedger.For("Acme", [c], histories).Commitments[0];
        Assert.Equal([PromiseOutcome.Moved, PromiseOutcome.Cancelled], promises.Dates.Select(d => d.Outcome));
        Assert.Equal(1, promises.Replans);
    }

    [Fact]
    public void For_DeliveredAfterTheDate_IsMissed()
    {
        var c = Commitment("a", status: CommitmentStatus.Delivered) with { DueDate = Dec1 };
        var ledger = PromiseLedger.For("Acme", [c], Histories(("a", [Event(CommitmentEventKind.Delivered, At(2))])));
        Assert.Equal(PromiseOutcome.Missed, ledger.Commitments[0].Dates[0].Outcome);
    }
}
