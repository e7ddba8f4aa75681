using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestMessagesTests
{
    private const string FullList = "/digest all";

    private static Digest Build(IReadOnlyList<Commitment> commitments, Dictionary<string, IReadOnlyList<CommitmentEvent>>? histories = null) =>
        DigestBuilder.Build(commitments, histories, LastWeek, Now);

    [Fact]
    public void ToChatMessage_NothingToReport_SaysAllIsOnTrack()
    {
        var message = DigestMessages.ToChatMessage(Build([Commitment("a", dueInDays: 30)]), 50, FullList);
        Assert.Equal("All commitments are on track: nothing needs attention.", message.Text);
        Assert.Empty(message.Sections);
    }

    [Fact]
    public void ToChatMessage_SmallDigest_ShowsEveryLineWithHeadingsAndNumbers()
    {
        var histories = Histories(("w", [Warning(Now.AddDays(-1), 3, Today.AddDays(3), Today.AddDays(17))]));
        var digest = Build([Commitment("s", dueInDays: 4, health: Health.Slipping, title: "Pilot"), Commitment("w", dueInDays: 17)], histories);

        var message = DigestMessages.ToChatMessage(digest, 50, FullList);

        Assert.Equal(
            """
            1 commitment needs attention.
            Slipping, customer not warned yet
            Pilot for Acme (owner U_OWNER): due Sun 14 Dec, in 4 days; slipping since Sun 7 Dec
            Warnings sent in the last week
            Title w for Acme (owner U_OWNER): warned Tue 9 Dec, 3 working days before the due date Sat 13 Dec; new date Sat 27 Dec
            Warnings in the last week: 1; median lead time 3 working days; 0 of 1 with the customer's full notice; 0 late.
            Missed silently: 0; none delivered.
            """.ReplaceLineEndings("\n"),
            message.Text);
        Assert.Equal(["Slipping, customer not warned yet", "Warnings sent in the last week", null], message.Sections.Select(s => s.Heading));
        Assert.DoesNotContain(FullList, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToChatMessage_LongLists_CutsTheLeastUrgentWithCountsAndPointsToTheFullList()
    {
        var commitments = Enumerable.Range(0, 30).Select(i => Commitment($"s{i}", health: Health.Slipping))
            .Concat(Enumerable.Range(0, 30).Select(i => Commitment($"d{i}", dueInDays: 3)))
            .ToList();

        var message = DigestMessages.ToChatMessage(Build(commitments), 40, FullList);

        var lines = message.Text.Split('\n');
        Assert.Equal(40, lines.Length);
        Assert.Equal("Full list: /digest all", lines[^1]);
        var slipping = message.Sections[0].Body.Split('\n');
        var due = message.Sections[1].Body.Split('\n');
        // 40 = title + 2 headings + 2 numbers + pointer + 1 "more" line + 33 commitments, the urgent ones first.
        Assert.Equal(30, slipping.Length);
        Assert.DoesNotContain(slipping, line => line.Contains("more", StringComparison.Ordinal));
        Assert.Equal(4, due.Length);
        Assert.Equal("and 27 more", due[^1]);
    }

    [Fact]
    public void ToChatMessage_TitleOverSeveralLines_StaysOnOneLine()
    {
        var message = DigestMessages.ToChatMessage(Build([Commitment("a", dueInDays: 1, title: "one\ntwo <!channel>")]), 20, FullList);
        Assert.Contains("one two <!channel> for Acme", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToChatMessage_BudgetBelowMinimum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestMessages.ToChatMessage(Build([]), DigestMessages.MinimumLines - 1, FullList));
    }
}
