using StatusBot.Core.ChatActions;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.ChatActions;

public class ToneCommandTests
{
    private sealed class OneSentenceModel : ISentenceClassifier
    {
        public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) =>
            [.. sentences.Select(s => s == "The vendor is why." ? new SentenceVerdict(ToneFindingKind.Blame, 0.83) : new SentenceVerdict(null, 0.6))];
    }

    [Fact]
    public async Task Tone_Text_ListsOneFindingPerLine()
    {
        var world = new ChatWorld(toneModel: new OneSentenceModel());

        var response = await world.CommandAsync("tone", "Hopefully it ships on 3 May. The vendor is why. We call you on 4 May.");

        Assert.Equal(
            "Before you send, consider:\n"
            + "- Hedging: \"Hopefully\". " + ToneCheck.ReviewText("Hopefully").Single().Suggestion + "\n"
            + "- Blame: \"The vendor is why.\" (sentence model, 83% sure). Describe what happened without pointing at anyone, and say what we are doing about it.",
            Assert.Single(response.Messages).Text);
        var section = Assert.Single(response.Messages[0].Sections);
        Assert.Equal("Before you send, consider:", section.Body);
        Assert.Equal(2, section.Items.Count);
        Assert.StartsWith("Blame: \"The vendor is why.\"", section.Items[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tone_CleanText_SaysSo()
    {
        var response = await new ChatWorld().CommandAsync("tone", "We ship the fix on 12 March.");

        Assert.Equal("The tone check found nothing to change.", Assert.Single(response.Messages).Text);
    }

    [Theory]
    [InlineData("", "Type tone and the text to check")]
    [InlineData("   ", "Type tone and the text to check")]
    public async Task Tone_NoText_SaysHowToUseIt(string text, string expected)
    {
        var response = await new ChatWorld().CommandAsync("tone", text);

        Assert.StartsWith(expected, Assert.Single(response.Messages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tone_OverLongText_GivesTheLimit()
    {
        var response = await new ChatWorld().CommandAsync("tone", new string('a', ChatActionHandler.MaxToneTextLength + 1));

        Assert.Contains("at most 5000", Assert.Single(response.Messages).Text, StringComparison.Ordinal);
    }
}
