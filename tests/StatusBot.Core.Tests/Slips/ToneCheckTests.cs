using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.Slips;

public class ToneCheckTests
{
    private static readonly DateOnly NewDate = new(2026, 3, 18);

    private static readonly SlipParts Good = SlipParts.Empty
        .With(SlipPart.Facts, "The export will not be ready on Friday 6 March.")
        .With(SlipPart.Context, "Large accounts time out, and the fix needs a schema change.")
        .With(SlipPart.Impact, "Your finance team cannot run the quarterly report until then.")
        .With(SlipPart.Plan, "Two engineers are on it; meanwhile you can export in smaller batches.")
        .With(SlipPart.Ask, "Does the new date work for your board meeting?");

    [Fact]
    public void Review_CompleteCleanDraft_FindsNothing()
    {
        Assert.Empty(ToneCheck.Review(new WarningDraft(Good, NewDate)));
    }

    [Fact]
    public void Review_NoDateNoPlanNoImpact_NamesEachMissingPart()
    {
        var draft = new WarningDraft(Good.With(SlipPart.Plan, "").With(SlipPart.Impact, "  "), null);

        var findings = ToneCheck.Review(draft);

        Assert.Equal(
            [(ToneFindingKind.MissingDate, (SlipPart?)null), (ToneFindingKind.MissingImpact, SlipPart.Impact), (ToneFindingKind.MissingPlan, SlipPart.Plan)],
            findings.Select(f => (f.Kind, f.Part)));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Suggestion)));
    }

    [Fact]
    public void Review_NoAsk_IsAFindingOnTheAskPart()
    {
        var finding = Assert.Single(ToneCheck.Review(new WarningDraft(Good.With(SlipPart.Ask, " "), NewDate)));

        Assert.Equal((ToneFindingKind.MissingAsk, SlipPart.Ask), (finding.Kind, finding.Part));
        Assert.Equal("Missing ask", ToneCheck.Label(finding.Kind));
    }

    [Theory]
    [InlineData("2026-12-06", "Thursday 17 December")] // A Sunday: the Thursday after next week's.
    [InlineData("2026-12-10", "Thursday 17 December")] // A Thursday: a week on.
    [InlineData("2027-03-12", "Thursday 25 March")] // A Friday: the Thursday after the next.
    public void ReviewText_VagueTiming_GivesAnExampleDateAfterToday(string today, string example)
    {
        var finding = Assert.Single(ToneCheck.ReviewText("We will ship it soon.", null, null, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains($"\"by {example}\"", finding.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("by", Assert.Single(ToneCheck.ReviewText("We will ship it soon.")).Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PhraseInAPart_NamesThePartAndThePhraseAsWritten()
    {
        var draft = new WarningDraft(Good.With(SlipPart.Context, "Honestly it was Not Our Fault."), NewDate);

        var finding = Assert.Single(ToneCheck.Review(draft));

        Assert.Equal((ToneFindingKind.Blame, "Not Our Fault", (SlipPart?)SlipPart.Context), (finding.Kind, finding.Phrase, finding.Part));
    }

    [Fact]
    public void ReviewText_OverlappingPatternsOfOneKind_ReportOnce()
    {
        var finding = Assert.Single(ToneCheck.ReviewText("It is just a small delay."));

        Assert.Equal("just a small", finding.Phrase);
    }

    [Fact]
    public void ReviewText_VagueWordInADatedSentence_IsLeftAlone()
    {
        Assert.Empty(ToneCheck.ReviewText("We will call you next week, on Tuesday 10 March."));
        Assert.Single(ToneCheck.ReviewText("We will call you next week. We start on Tuesday 10 March."));
    }

    [Theory]
    [InlineData("The minor version 2.3 includes the fix.", 0)]
    [InlineData("We shipped a minor release with the patch.", 0)]
    [InlineData("This is a minor delay.", 1)]
    [InlineData("The impact will be minor.", 1)]
    public void ReviewText_Minor_IsFlaggedOnlyWhenItSizesTheDelay(string sentence, int expected)
    {
        Assert.Equal(expected, ToneCheck.ReviewText(sentence).Count(f => f.Kind == ToneFindingKind.Minimising));
    }

    [Fact]
    public void ReviewText_TakingTheBlame_IsNotBlame()
    {
        Assert.Empty(ToneCheck.ReviewText("We take the blame for this."));
        Assert.Single(ToneCheck.ReviewText("Nobody is to blame but the vendor."));
    }
}
