using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class CustomerSilenceTests
{
    private static readonly DateOnly OldDue = Today.AddDays(2);

    private static DigestSectionKind? SectionOf(params CommitmentEvent[] history)
    {
        var digest = DigestBuilder.Build([Commitment("a", dueInDays: 20)], Histories(("a", history)), LastWeek, Now);
        return digest.Sections.SingleOrDefault()?.Kind;
    }

    private static CommitmentEvent Answered(DateTimeOffset at, DateOnly warningFor, string answer = "works") =>
        Event(CommitmentEventKind.CustomerAnswered, at, (CustomerAnswers.AnswerKey, answer), (CustomerAnswers.WarningForKey, DigestEventData.Format(warningFor)));

    // Now is Wednesday 10 December 2025.
    [Fact]
    public void Build_WarningUnansweredForThreeWorkingDays_ListsTheCustomer()
    {
        Assert.Equal(DigestSectionKind.CustomerNotAnswering, SectionOf(Warning(Now.AddDays(-5), 4, OldDue, Today.AddDays(20))));
    }

    [Fact]
    public void Build_WarningUnansweredForTwoWorkingDays_OverAWeekend_IsNotListed()
    {
        // Saturday 6 December: Monday and Tuesday have passed, and today is only the third day.
        Assert.Null(SectionOf(Warning(new DateTimeOffset(2025, 12, 8, 9, 0, 0, TimeSpan.Zero), 4, OldDue, Today.AddDays(20))));
    }

    [Fact]
    public void Build_AnsweredWarning_IsNotListed()
    {
        Assert.Null(SectionOf(Warning(Now.AddDays(-5), 4, OldDue, Today.AddDays(20)), Answered(Now.AddDays(-1), OldDue, "talk")));
    }

    [Fact]
    public void Build_AnswerToAnEarlierWarningOnly_ListsTheLatestWarning()
    {
        Assert.Equal(DigestSectionKind.CustomerNotAnswering, SectionOf(
            Warning(Now.AddDays(-20), 4, OldDue.AddDays(-20), OldDue),
            Answered(Now.AddDays(-19), OldDue.AddDays(-20)),
            Warning(Now.AddDays(-6), 4, OldDue, Today.AddDays(20))));
    }

    [Fact]
    public void Heading_NamesTheSection() =>
        Assert.Equal("Customers who have not answered our warning", DigestTexts.Heading(DigestSectionKind.CustomerNotAnswering));
}
