using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestNumbersTests
{
    [Fact]
    public void For_LeadTimes5And2AndMinus1And8_GivesMedian3Point5OneLateTwoOfFourWithNotice()
    {
        var commitments = new[] { Commitment("a"), Commitment("b") };
        var histories = Histories(
            ("a", [Warning(Now.AddDays(-6), 5), Warning(Now.AddDays(-5), 2)]),
            ("b", [Warning(Now.AddDays(-4), -1), Warning(Now.AddDays(-1), 8)]));

        var numbers = DigestNumbers.For(commitments, histories, LastWeek);

        Assert.Equal(4, numbers.WarningsSent);
        Assert.Equal(3.5, numbers.MedianLeadTimeWorkingDays);
        Assert.Equal(1, numbers.LateWarnings);
        Assert.Equal(2, numbers.WarningsWithFullNotice);
        Assert.Equal(0.5, numbers.FullNoticeShare);
    }

    [Fact]
    public void For_CustomerNoticeDays_ReplacesTheDefaultOfFive()
    {
        var commitments = new[] { Commitment("a", noticeDays: 2), Commitment("b", noticeDays: 10) };
        var histories = Histories(("a", [Warning(Now.AddDays(-1), 2)]), ("b", [Warning(Now.AddDays(-1), 8)]));

        var numbers = DigestNumbers.For(commitments, histories, LastWeek);

        Assert.Equal(1, numbers.WarningsWithFullNotice);
        Assert.Equal(5.0, numbers.MedianLeadTimeWorkingDays);
    }

    [Fact]
    public void For_EventsOutsideThePeriod_AreNotCounted()
    {
        var histories = Histories(("a", [
            Warning(LastWeek.Start.AddTicks(-1), 3),
            Warning(LastWeek.End, 3),
            Event(CommitmentEventKind.MissedSilently, LastWeek.Start),
        ]));

        var numbers = DigestNumbers.For([Commitment("a")], histories, LastWeek);

        Assert.Equal(0, numbers.WarningsSent);
        Assert.Null(numbers.MedianLeadTimeWorkingDays);
        Assert.Equal(1, numbers.MissedSilently);
    }

    [Fact]
    public void For_WarningWithoutLeadTime_IsCountedButLeftOutOfLeadTimeFigures()
    {
        var histories = Histories(("a", [Warning(Now.AddDays(-1), 4), Event(CommitmentEventKind.WarningSent, Now.AddDays(-1))]));

        var numbers = DigestNumbers.For([Commitment("a")], histories, LastWeek);

        Assert.Equal(2, numbers.WarningsSent);
        Assert.Equal(1, numbers.WarningsWithLeadTime);
        Assert.Equal(4.0, numbers.MedianLeadTimeWorkingDays);
    }

    [Fact]
    public void For_Deliveries_AreOnTimeAgainstTheDueDateInForceThen()
    {
        // a: due 8 Dec, moved to 12 Dec on 1 Dec, delivered 9 Dec: on time against the moved date.
        // b: due 8 Dec, delivered 9 Dec, moved to 15 Dec only afterwards: late.
        // c: due 9 Dec in Auckland, delivered 9 Dec 12:00 UTC (already 10 Dec there): late.
        // d: due 9 Dec, delivered on 9 Dec: on time.
        var dec = (int day) => new DateOnly(2025, 12, day);
        var at = (int day) => new DateTimeOffset(2025, 12, day, 12, 0, 0, TimeSpan.Zero);
        var commitments = new[]
        {
            Commitment("a", status: CommitmentStatus.Delivered),
            Commitment("b", status: CommitmentStatus.Delivered),
            Commitment("c", status: CommitmentStatus.Delivered, zone: "Pacific/Auckland"),
            Commitment("d", status: CommitmentStatus.Delivered),
        };
        var histories = Histories(
            ("a", [Created(at(1).AddDays(-30), dec(8)), Moved(at(1), dec(8), dec(12)), Event(CommitmentEventKind.Delivered, at(9))]),
            ("b", [Created(at(1).AddDays(-30), dec(8)), Event(CommitmentEventKind.Delivered, at(9)), Moved(at(9).AddHours(1), dec(8), dec(15))]),
            ("c", [Created(at(1).AddDays(-30), dec(9)), Event(CommitmentEventKind.Delivered, at(9))]),
            ("d", [Created(at(1).AddDays(-30), dec(9)), Event(CommitmentEventKind.Delivered, at(9))]));

        var numbers = DigestNumbers.For(commitments, histories, LastWeek);

        Assert.Equal(4, numbers.Delivered);
        Assert.Equal(2, numbers.DeliveredOnTime);
        Assert.Equal(0.5, numbers.OnTimeShare);
    }

    [Fact]
    public void For_NoHistories_IsNone()
    {
        Assert.Same(DigestNumbers.None, DigestNumbers.For([Commitment("a")], null, LastWeek));
        Assert.True(DigestNumbers.None.IsEmpty);
    }
}
