using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

/// <summary>The digest's promises checked over seeded random data sets.</summary>
public sealed class DigestPropertyTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 42, 2025];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Build_RandomData_ListsEachCommitmentOnceInTheFirstSectionItMeets(int seed)
    {
        var data = RandomDigestData.Generate(seed, 300);
        var digest = DigestBuilder.Build(data.Commitments, data.Histories, LastWeek, Now);

        var listed = digest.Sections.SelectMany(s => s.Lines.Select(l => (l.CommitmentId, s.Kind))).ToList();
        Assert.Equal(listed.Count, listed.Select(l => l.CommitmentId).Distinct().Count());
        var sectionOf = listed.ToDictionary(l => l.CommitmentId, l => (DigestSectionKind?)l.Kind);
        foreach (var c in data.Commitments)
        {
            Assert.Equal(Expected(c, data.Histories[c.Id]), sectionOf.GetValueOrDefault(c.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Build_RandomData_OrdersEachSectionByDueDateThenTitle(int seed)
    {
        var data = RandomDigestData.Generate(seed, 300);
        foreach (var section in DigestBuilder.Build(data.Commitments, data.Histories, LastWeek, Now).Sections)
        {
            Assert.NotEmpty(section.Lines);
            var sorted = section.Lines.OrderBy(l => l.DueDate).ThenBy(l => l.Title, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.CommitmentId, StringComparer.Ordinal);
            Assert.Equal(sorted, section.Lines);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Build_RandomData_CountsEveryWarningAndMissInThePeriod(int seed)
    {
        var data = RandomDigestData.Generate(seed, 300);
        var events = data.Histories.Values.SelectMany(h => h).Where(e => LastWeek.Contains(e.At)).ToList();

        var digest = DigestBuilder.Build(data.Commitments, data.Histories, LastWeek, Now);

        var warnings = events.Count(e => e.Kind == CommitmentEventKind.WarningSent);
        Assert.Equal(warnings, digest.Warnings.Count);
        Assert.Equal(warnings, digest.Numbers.WarningsSent);
        Assert.Equal(digest.Warnings.Count(w => w.LeadTimeWorkingDays < 0), digest.Numbers.LateWarnings);
        Assert.Equal(events.Count(e => e.Kind == CommitmentEventKind.MissedSilently), digest.Numbers.MissedSilently);
        Assert.Equal(events.Count(e => e.Kind == CommitmentEventKind.Delivered), digest.Numbers.Delivered);
        Assert.InRange(digest.Numbers.DeliveredOnTime, 0, digest.Numbers.Delivered);
    }

    [Theory]
    [InlineData(1, DigestMessages.MinimumLines)]
    [InlineData(2, 25)]
    [InlineData(3, 50)]
    [InlineData(42, 120)]
    public void ToChatMessage_RandomData_RespectsTheBudgetAndCountsWhatItCuts(int seed, int maxLines)
    {
        var data = RandomDigestData.Generate(seed, 300);
        var digest = DigestBuilder.Build(data.Commitments, data.Histories, LastWeek, Now);

        var message = DigestMessages.ToChatMessage(digest, maxLines, "https://example.invalid/digest");

        Assert.InRange(message.Text.Split('\n').Length, 1, maxLines);
        var totals = digest.Sections.Select(s => s.Lines.Count).Append(digest.Warnings.Count).Where(n => n > 0).ToList();
        Assert.Equal(totals.Count, message.Sections.Count(s => s.Heading is not null));
        foreach (var (section, total) in message.Sections.Where(s => s.Heading is not null).Zip(totals))
        {
            Assert.Equal(total, Accounted(section.Body.Split('\n')));
        }
    }

    [Fact]
    public void BuildAndRender_FiveThousandCommitments_CompletesWithinTheBudget()
    {
        var data = RandomDigestData.Generate(7, 5000);

        var digest = DigestBuilder.Build(data.Commitments, data.Histories, LastWeek, Now);
        var message = DigestMessages.ToChatMessage(digest, 50, "/digest all");

        Assert.InRange(digest.Sections.Sum(s => s.Lines.Count), 1000, 5000);
        Assert.InRange(message.Text.Split('\n').Length, 1, 50);
        Assert.EndsWith("Full list: /digest all", message.Text, StringComparison.Ordinal);
    }

    // Lines shown plus the count in "and N more" / "N not shown".
    private static int Accounted(string[] lines)
    {
        var last = lines[^1].Split(' ');
        return last is ["and", var more, "more"] ? lines.Length - 1 + int.Parse(more, System.Globalization.CultureInfo.InvariantCulture)
            : last is [var hidden, "not", "shown"] ? int.Parse(hidden, System.Globalization.CultureInfo.InvariantCulture)
            : lines.Length;
    }

    // The rules restated plainly, as the product describes them.
    private static DigestSectionKind? Expected(Commitment c, IReadOnlyList<CommitmentEvent> history)
    {
        if (c.Status != CommitmentStatus.Open)
        {
            return null;
        }

        var zone = TimeZones.Get(c.TimeZone);
        var daysLeft = c.DueDate.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime).DayNumber;
        var warned = c.CheckIns.WarningSentFor == c.DueDate;
        var calendar = new WorkingCalendar(zone, CheckInSettings.Default);
        var silent = c.CheckIns.UnansweredInARow >= 1
            || (c.CheckIns is { LastCheckInAt: { } sent, Answered: false } && calendar.WorkingTimeBetween(sent, Now) >= CheckInSettings.Default.UnansweredAfter);
        // The latest warning, sent three working days ago or more, with no answer from the customer after it.
        var lastWarning = history.LastOrDefault(e => e.Kind == CommitmentEventKind.WarningSent);
        var customerSilent = lastWarning is not null
            && !history.SkipWhile(e => !ReferenceEquals(e, lastWarning)).Any(e => e.Kind == CommitmentEventKind.CustomerAnswered)
            && calendar.WorkingDaysBetween(calendar.LocalDate(lastWarning.At), calendar.LocalDate(Now)) >= 3;
        return (c.Health, warned, daysLeft) switch
        {
            (Health.Slipping, false, _) => DigestSectionKind.SlippingNotWarned,
            _ when c.CheckIns.MissedSilentlyFor == c.DueDate || (daysLeft < 0 && !warned) => DigestSectionKind.MissedSilently,
            (Health.AtRisk, _, _) => DigestSectionKind.AtRisk,
            _ when silent => DigestSectionKind.OwnerNotAnswering,
            _ when customerSilent => DigestSectionKind.CustomerNotAnswering,
            _ when daysLeft <= 7 => DigestSectionKind.DueWithinWeek,
            _ => null,
        };
    }
}
