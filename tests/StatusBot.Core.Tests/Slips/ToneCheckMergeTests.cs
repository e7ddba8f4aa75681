using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.Slips;

public class ToneCheckMergeTests
{
    /// <summary>A sentence model that answers from a table and records what it was asked.</summary>
    private sealed class TableClassifier(Dictionary<string, SentenceVerdict> verdicts) : ISentenceClassifier
    {
        public List<string> Asked { get; } = [];

        public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences)
        {
            Asked.AddRange(sentences);
            return [.. sentences.Select(s => verdicts.TryGetValue(s, out var v) ? v : new SentenceVerdict(null, 0.6))];
        }
    }

    [Fact]
    public void ReviewText_ModelFinding_CarriesSentenceConfidenceAndAdvice()
    {
        var model = new TableClassifier(new() { ["Our QA team was sloppy."] = new(ToneFindingKind.Blame, 0.87) });

        var finding = Assert.Single(ToneCheck.ReviewText("We found the fault on Monday. Our QA team was sloppy.", SlipPart.Facts, model));

        Assert.Equal(ToneFindingKind.Blame, finding.Kind);
        Assert.Equal("Our QA team was sloppy.", finding.Sentence);
        Assert.Equal(string.Empty, finding.Phrase);
        Assert.Equal(0.87, finding.Confidence);
        Assert.Equal(SlipPart.Facts, finding.Part);
        Assert.Contains("without pointing at anyone", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewText_SentenceARuleMatched_KeepsTheRulesFindingAndAddsAnotherKindTheModelFound()
    {
        var model = new TableClassifier(new() { ["It is just a small delay."] = new(ToneFindingKind.Hedging, 0.99) });

        var findings = ToneCheck.ReviewText("It is just a small delay.", null, model);

        Assert.Equal([(ToneFindingKind.Minimising, "just a small", (double?)null), (ToneFindingKind.Hedging, "", 0.99)],
            findings.Select(f => (f.Kind, f.Phrase, f.Confidence)));
        Assert.Equal(["It is just a small delay."], model.Asked);
    }

    [Fact]
    public void ReviewText_ModelFindsTheKindARuleFound_KeepsTheRulesFindingAlone()
    {
        var model = new TableClassifier(new() { ["It is just a small delay."] = new(ToneFindingKind.Minimising, 0.95) });

        var finding = Assert.Single(ToneCheck.ReviewText("It is just a small delay.", null, model));

        Assert.Equal(("just a small", (double?)null), (finding.Phrase, finding.Confidence));
    }

    [Theory]
    [InlineData(0.80, 0)]
    [InlineData(0.95, 0)]
    [InlineData(0.79, 1)]
    [InlineData(0.50, 1)]
    public void ReviewText_ModelSureARuleMatchedSentenceIsClean_Overrules(double cleanConfidence, int findings)
    {
        const string Sentence = "Our warranty guarantees replacement parts within five working days.";
        var model = new TableClassifier(new() { [Sentence] = new(null, cleanConfidence) });

        Assert.Equal(ToneFindingKind.OverPromising, Assert.Single(ToneCheck.ReviewText(Sentence)).Kind);
        Assert.Equal(findings, ToneCheck.ReviewText(Sentence, null, model).Count);
    }

    [Fact]
    public void ReviewText_RulesAndModel_KeepTheSentenceOrder()
    {
        var model = new TableClassifier(new() { ["The schedule change is nothing, really."] = new(ToneFindingKind.Minimising, 0.7) });

        var findings = ToneCheck.ReviewText("The schedule change is nothing, really. Hopefully it lands on 3 May. We ship the fix on 5 May.", null, model);

        Assert.Equal([ToneFindingKind.Minimising, ToneFindingKind.Hedging], findings.Select(f => f.Kind));
        Assert.Equal([0.7, null], findings.Select(f => f.Confidence));
        Assert.Equal(["The schedule change is nothing, really.", "Hopefully it lands on 3 May.", "We ship the fix on 5 May."], model.Asked);
    }

    [Fact]
    public void ReviewText_ModelNotReady_LeavesTheRulesFindings()
    {
        var findings = ToneCheck.ReviewText("Fingers crossed for Friday. Our QA team was sloppy.", null, new NotReady());

        Assert.Equal("Fingers crossed", Assert.Single(findings).Phrase);
    }

    [Fact]
    public void ReviewText_ModelAnswersAMissingPartKind_IsIgnored()
    {
        var model = new TableClassifier(new() { ["We ship on 5 May."] = new(ToneFindingKind.MissingPlan, 0.9) });

        Assert.Empty(ToneCheck.ReviewText("We ship on 5 May.", null, model));
    }

    [Theory]
    [InlineData("Hopefully the data will be in place.", "Hopefully")]
    [InlineData("We'll try our best to hit the date.", "We'll try our best")]
    [InlineData("Fingers crossed, the carrier collects on time.", "Fingers crossed")]
    [InlineData("We're aiming for the 9th, no guarantees.", "no guarantees")]
    [InlineData("We'll do what we can, but no promises.", "no promises")]
    public void ReviewText_HedgingPhrase_IsFlagged(string sentence, string phrase)
    {
        var finding = Assert.Single(ToneCheck.ReviewText(sentence));

        Assert.Equal((ToneFindingKind.Hedging, phrase), (finding.Kind, finding.Phrase));
        Assert.Equal(sentence, finding.Sentence);
    }

    [Theory]
    [InlineData("We cannot guarantee the courier's timing, so we've built in two days of slack.")]
    [InlineData("There is no guarantee of a slot on the 9th, so we have also booked the 10th.")]
    public void ReviewText_AGuaranteeNotGiven_IsNotOverPromising(string sentence) =>
        Assert.Empty(ToneCheck.ReviewText(sentence));

    [Theory]
    [InlineData("Our QA team messed up.", ToneFindingKind.Blame, "messed up")]
    [InlineData("It's a tiny adjustment to the schedule, really.", ToneFindingKind.Minimising, "tiny adjustment")]
    [InlineData("This date is set in stone.", ToneFindingKind.OverPromising, "set in stone")]
    public void ReviewText_StockPhrasesNewUsersTried_AreFlagged(string sentence, ToneFindingKind kind, string phrase)
    {
        var finding = Assert.Single(ToneCheck.ReviewText(sentence));

        Assert.Equal((kind, phrase), (finding.Kind, finding.Phrase));
    }

    [Fact]
    public void Describe_ModelFinding_QuotesTheSentenceItRead()
    {
        var finding = new ToneFinding(ToneFindingKind.Blame, string.Empty, SlipPart.Facts, "Advice.") { Sentence = "The vendor is why.", Confidence = 0.8 };

        Assert.Equal($"{SlipPartTexts.Label(SlipPart.Facts)}: \"The vendor is why.\" Advice.", SlipViews.Describe(finding));
    }

    private sealed class NotReady : ISentenceClassifier
    {
        public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) => [];
    }
}
