using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;
using StatusBot.Core.Tests.Slips;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Commitments;

/// <summary>A due date moved because the customer asked is recorded as such, and is no slip of ours in any number.</summary>
public sealed class DueDateReasonTests
{
    private static readonly DateOnly Dec5 = new(2025, 12, 5);
    private static readonly DateOnly Dec12 = new(2025, 12, 12);
    private static readonly DateOnly Dec19 = new(2025, 12, 19);

    private static CommitmentEvent EditedDate(DateTimeOffset at, DateOnly from, DateOnly to, string? reason) => reason is null
        ? Event(CommitmentEventKind.Edited, at, ("dueDate", $"{from:yyyy-MM-dd} -> {to:yyyy-MM-dd}"))
        : Event(CommitmentEventKind.Edited, at, ("dueDate", $"{from:yyyy-MM-dd} -> {to:yyyy-MM-dd}"), (DueDateReasons.Key, reason));

    [Theory]
    [InlineData("customer", "customer")]
    [InlineData(" Ours ", "ours")]
    public void Apply_DateMovedWithAReason_RecordsTheReasonWithTheMove(string given, string recorded)
    {
        var current = Commitment("a") with { DueDate = Dec12, Version = 1 };

        var change = CommitmentEdits.Apply(current, new CommitmentEdit { DueDate = new("2025-12-19"), DueDateReason = given }, "U1", Now)!.Value!;

        Assert.Equal(recorded, change.Event.Data[DueDateReasons.Key]);
        Assert.Equal((Dec12, Dec19), CommitmentEdits.EditedDueDate(change.Event));
    }

    [Fact]
    public void Apply_AReasonThatIsNeither_IsRefusedOnTheReason()
    {
        var result = CommitmentEdits.Apply(Commitment("a") with { DueDate = Dec12 }, new CommitmentEdit { DueDate = new("2025-12-19"), DueDateReason = "whatever" }, "U1", Now)!;

        Assert.Equal("dueDateReason", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Apply_AReasonWithoutADateMove_IsNotRecorded()
    {
        var change = CommitmentEdits.Apply(Commitment("a"), new CommitmentEdit { Title = new("New"), DueDateReason = "customer" }, "U1", Now)!.Value!;

        Assert.False(change.Event.Data.ContainsKey(DueDateReasons.Key));
    }

    [Fact]
    public void PromiseLedger_DateTheCustomerAskedToMove_IsMovedByCustomerAndNotOurReplan()
    {
        var c = Commitment("a") with { DueDate = Dec19 };
        var histories = Histories(("a", [Created(Now.AddDays(-20), Dec5), EditedDate(Now.AddDays(-8), Dec5, Dec12, "customer"), EditedDate(Now.AddDays(-1), Dec12, Dec19, "ours")]));

        var ledger = PromiseLedger.For("Acme", [c], histories);

        var promises = Assert.Single(ledger.Commitments);
        Assert.Equal([PromiseOutcome.MovedByCustomer, PromiseOutcome.Moved, PromiseOutcome.Open], promises.Dates.Select(d => d.Outcome));
        Assert.Equal(1, promises.Replans);
        Assert.Equal((1, 1), (ledger.Moved, ledger.MovedByCustomer));
    }

    [Fact]
    public void DigestNumbers_MovesOfOursAndTheCustomers_AreCountedApart()
    {
        var histories = Histories(("a", [
            Moved(Now.AddDays(-3), Dec5, Dec12),
            EditedDate(Now.AddDays(-2), Dec12, Dec19, "customer"),
            EditedDate(Now.AddDays(-1), Dec19, Dec19.AddDays(7), null),
        ]));

        var numbers = DigestNumbers.For([Commitment("a")], histories, LastWeek);

        Assert.Equal((2, 1), (numbers.DatesMoved, numbers.DatesMovedForCustomer));
        Assert.EndsWith("; dates we moved: 2 (and 1 at the customer's request).", DigestTexts.Footer(numbers, LastWeek)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ReplanAdvice_CustomerAskingForALaterDate_DoesNotCountAsTheReplanOverrunning()
    {
        // Re-planned 2 Feb for 16 Feb; the customer asked on 10 Feb to take it on 2 March, and it was delivered then.
        var history = new History().Moved(new(2026, 2, 2), new(2026, 2, 9), new(2026, 2, 16))
            .Edited(new(2026, 2, 10), new(2026, 2, 16), new(2026, 3, 2), DueDateReasons.Customer).Delivered(new(2026, 3, 2));

        var advice = ReplanAdvice.From(history.Events, [], Given.Calendar("Europe/Berlin"), Given.Berlin(3, 2, 11, year: 2026));

        Assert.Empty(advice.Outcomes);
    }

    [Fact]
    public void ReplanAdvice_OurOwnLaterDateByEdit_CountsAsTheReplanOverrunning()
    {
        var history = new History().Moved(new(2026, 2, 2), new(2026, 2, 9), new(2026, 2, 16))
            .Edited(new(2026, 2, 13), new(2026, 2, 16), new(2026, 2, 23), DueDateReasons.Ours);

        var advice = ReplanAdvice.From(history.Events, [], Given.Calendar("Europe/Berlin"), Given.Berlin(3, 2, 11, year: 2026));

        Assert.Equal(7, Assert.Single(advice.Outcomes).ExtraDays);
    }
}
