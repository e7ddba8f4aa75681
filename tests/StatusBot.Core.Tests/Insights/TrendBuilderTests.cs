using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Insights;

public sealed class TrendBuilderTests
{
    [Fact]
    public void Build_ThreeMonths_GivesEachMonthItsOwnWarningsAndMisses_OldestFirst()
    {
        var histories = Histories(
            ("a", [Warning(new DateTimeOffset(2025, 10, 6, 9, 0, 0, TimeSpan.Zero), 2), Warning(new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero), 4)]),
            ("b", [Warning(new DateTimeOffset(2025, 12, 2, 9, 0, 0, TimeSpan.Zero), 8), Event(CommitmentEventKind.MissedSilently, new DateTimeOffset(2025, 11, 30, 23, 0, 0, TimeSpan.Zero))]));

        var trends = TrendBuilder.Build([Commitment("a"), Commitment("b")], histories, Now, months: 3);

        Assert.Equal(["2025-10", "2025-11", "2025-12"], trends.Months.Select(m => m.Label));
        Assert.Equal(2.0, trends.Months[0].Numbers.MedianLeadTimeWorkingDays);
        Assert.Null(trends.Months[1].Numbers.MedianLeadTimeWorkingDays);
        Assert.Equal(1, trends.Months[1].Numbers.MissedSilently);
        Assert.Equal(6.0, trends.Months[2].Numbers.MedianLeadTimeWorkingDays);
        Assert.Equal(0.5, trends.Months[2].Numbers.FullNoticeShare);
    }

    [Fact]
    public void Build_PerChannel_CountsTheWholeWindowAndLeavesOutQuietChannels()
    {
        var histories = Histories(
            ("a", [Warning(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero), 3)]),
            ("b", [Warning(new DateTimeOffset(2025, 12, 3, 9, 0, 0, TimeSpan.Zero), 5)]),
            ("old", [Warning(new DateTimeOffset(2024, 1, 3, 9, 0, 0, TimeSpan.Zero), 5)]));
        var commitments = new[]
        {
            Commitment("a") with { Channel = "C1" },
            Commitment("b") with { Channel = "C1" },
            Commitment("quiet") with { Channel = "C2" },
            Commitment("old") with { Channel = "C3" },
        };

        var trends = TrendBuilder.Build(commitments, histories, Now, months: 2);

        var channel = Assert.Single(trends.Channels);
        Assert.Equal("C1", channel.Label);
        Assert.Equal(2, channel.Numbers.WarningsSent);
        Assert.Equal(4.0, channel.Numbers.MedianLeadTimeWorkingDays);
    }

    [Fact]
    public void MayCount_OnlyChangedSinceAndWithMoreThanItsCreation()
    {
        var since = Now.AddMonths(-12);

        Assert.False(TrendBuilder.MayCount(Commitment("new") with { Version = 1, UpdatedAt = Now }, since));
        Assert.False(TrendBuilder.MayCount(Commitment("stale") with { Version = 5, UpdatedAt = since.AddDays(-1) }, since));
        Assert.True(TrendBuilder.MayCount(Commitment("busy") with { Version = 5, UpdatedAt = Now }, since));
    }
}
