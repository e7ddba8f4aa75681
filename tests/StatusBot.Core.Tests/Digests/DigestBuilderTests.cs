using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private static DigestSectionKind? SectionOf(Commitment commitment, DateTimeOffset? now = null)
    {
        var digest = DigestBuilder.Build([commitment], null, LastWeek, now ?? Now);
        return digest.Sections.SingleOrDefault()?.Kind;
    }

    [Fact]
    public void Build_SlippingWithoutWarning_ListsItFirst()
    {
        Assert.Equal(DigestSectionKind.SlippingNotWarned, SectionOf(Commitment("a", health: Health.Slipping)));
    }

    [Fact]
    public void Build_SlippingWarnedForCurrentDueDate_IsNotSlippingNotWarned()
    {
        var c = Commitment("a", dueInDays: 20, health: Health.Slipping);
        c = c with { CheckIns = c.CheckIns.OnWarningSent(c.DueDate) };
        Assert.Null(SectionOf(c));
    }

    [Fact]
    public void Build_SlippingWarnedForOldDueDateOnly_IsStillNotWarned()
    {
        var c = Commitment("a", health: Health.Slipping);
        c = c with { CheckIns = c.CheckIns.OnWarningSent(c.DueDate.AddDays(-10)) };
        Assert.Equal(DigestSectionKind.SlippingNotWarned, SectionOf(c));
    }

    [Fact]
    public void Build_MissedSilentlyRecorded_ListsItAsMissed()
    {
        var c = Commitment("a", dueInDays: -1, health: Health.OnTrack);
        c = c with { CheckIns = c.CheckIns.OnMissedSilently(c.DueDate) };
        Assert.Equal(DigestSectionKind.MissedSilently, SectionOf(c));
    }

    [Fact]
    public void Build_DueDateEndedInItsZoneWithNoWarning_ListsItAsMissed()
    {
        // 10 Dec 12:00 UTC is already 11 Dec in Auckland, so a 10 Dec date has ended there, not in UTC.
        Assert.Equal(DigestSectionKind.MissedSilently, SectionOf(Commitment("a", dueInDays: 0, zone: "Pacific/Auckland")));
        Assert.Equal(DigestSectionKind.DueWithinWeek, SectionOf(Commitment("a", dueInDays: 0, zone: "UTC")));
    }

    [Fact]
    public void Build_OverdueButWarned_ListsItAsDueWithNegativeDaysLeft()
    {
        var c = Commitment("a", dueInDays: -2);
        c = c with { CheckIns = c.CheckIns.OnWarningSent(c.DueDate) };
        var line = Assert.Single(Assert.Single(DigestBuilder.Build([c], null, LastWeek, Now).Sections).Lines);
        Assert.Equal(-2, line.DaysLeft);
    }

    [Fact]
    public void Build_AtRisk_ListsItAsAtRisk()
    {
        Assert.Equal(DigestSectionKind.AtRisk, SectionOf(Commitment("a", health: Health.AtRisk)));
    }

    [Fact]
    public void Build_EarlierCheckInUnanswered_ListsOwnerAsNotAnswering()
    {
        var state = CheckInState.Initial with { UnansweredInARow = 1, LastCheckInAt = Now.AddHours(-1) };
        Assert.Equal(DigestSectionKind.OwnerNotAnswering, SectionOf(Commitment("a", checkIns: state)));
    }

    [Fact]
    public void Build_LatestCheckInUnansweredForAWorkingDay_ListsOwnerAsNotAnswering()
    {
        // Sent Tue 9 Dec 10:00: by Wed 12:00 that is 10 working hours, past the 8 of the defaults.
        var state = CheckInState.Initial.OnCheckInSent(Now.AddHours(-26));
        Assert.Equal(DigestSectionKind.OwnerNotAnswering, SectionOf(Commitment("a", checkIns: state)));
    }

    [Fact]
    public void Build_LatestCheckInUnansweredOnlyOverTheWeekend_IsNotListed()
    {
        // Sent Fri 5 Dec 16:30 UTC, read Mon 8 Dec 09:30: one working hour, though 65 hours passed.
        var sent = new DateTimeOffset(2025, 12, 5, 16, 30, 0, TimeSpan.Zero);
        var state = CheckInState.Initial.OnCheckInSent(sent);
        Assert.Null(SectionOf(Commitment("a", checkIns: state), new DateTimeOffset(2025, 12, 8, 9, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void Build_OnTrack_IsListedOnlyWhenDueWithinSevenDays(int dueInDays, bool listed)
    {
        Assert.Equal(listed ? DigestSectionKind.DueWithinWeek : null, SectionOf(Commitment("a", dueInDays: dueInDays)));
    }

    [Theory]
    [InlineData(CommitmentStatus.Delivered)]
    [InlineData(CommitmentStatus.Cancelled)]
    public void Build_ClosedCommitment_IsNeverListed(CommitmentStatus status)
    {
        Assert.Null(SectionOf(Commitment("a", dueInDays: -3, health: Health.Slipping, status: status)));
    }

    [Fact]
    public void Build_SlippingAndOverdue_IsListedOnceInTheMostUrgentSection()
    {
        var c = Commitment("a", dueInDays: -1, health: Health.Slipping, checkIns: CheckInState.Initial with { UnansweredInARow = 2 });
        var digest = DigestBuilder.Build([c], null, LastWeek, Now);
        var section = Assert.Single(digest.Sections);
        Assert.Equal(DigestSectionKind.SlippingNotWarned, section.Kind);
        Assert.Single(section.Lines);
    }

    [Fact]
    public void Build_Section_OrdersByDueDateThenTitle()
    {
        var digest = DigestBuilder.Build(
            [Commitment("1", dueInDays: 5, title: "b"), Commitment("2", dueInDays: 3, title: "z"), Commitment("3", dueInDays: 5, title: "A")],
            null, LastWeek, Now);
        Assert.Equal(["2", "3", "1"], Assert.Single(digest.Sections).Lines.Select(l => l.CommitmentId));
    }

    [Fact]
    public void Build_Sections_ComeInOrderOfUrgencyAndEmptyOnesAreLeftOut()
    {
        var digest = DigestBuilder.Build(
            [Commitment("due", dueInDays: 2), Commitment("risk", health: Health.AtRisk), Commitment("slip", health: Health.Slipping)],
            null, LastWeek, Now);
        Assert.Equal(
            [DigestSectionKind.SlippingNotWarned, DigestSectionKind.AtRisk, DigestSectionKind.DueWithinWeek],
            digest.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Build_Line_CarriesTheFactsOfTheCommitment()
    {
        var c = Commitment("a", dueInDays: 3, health: Health.AtRisk, title: "Pilot", customer: "Contoso");
        var line = Assert.Single(Assert.Single(DigestBuilder.Build([c], null, LastWeek, Now).Sections).Lines);
        Assert.Equal(new DigestLine("a", "Pilot", "Contoso", "U_OWNER", new DateOnly(2025, 12, 13), 3, Health.AtRisk, new DateOnly(2025, 12, 7)), line);
    }

    [Fact]
    public void Build_NothingNeedsAttention_IsAllOnTrack()
    {
        var digest = DigestBuilder.Build([Commitment("a", dueInDays: 30)], Histories(), LastWeek, Now);
        Assert.True(digest.IsAllOnTrack);
        Assert.Empty(digest.Sections);
    }

    [Fact]
    public void Build_WarningsInThePeriod_AreListedOldestFirstWithLeadTimes()
    {
        var c = Commitment("a");
        var histories = Histories(("a", [
            Warning(Now.AddDays(-10), 4),
            Warning(Now.AddDays(-2), -1, new DateOnly(2025, 12, 5), new DateOnly(2025, 12, 19)),
            Warning(Now.AddDays(-5), 6),
        ]));
        var digest = DigestBuilder.Build([c], histories, LastWeek, Now);
        Assert.Equal([6, -1], digest.Warnings.Select(w => w.LeadTimeWorkingDays));
        Assert.Equal(new DateOnly(2025, 12, 19), digest.Warnings[1].NewDueDate);
    }
}
