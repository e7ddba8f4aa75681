using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

public sealed class SlackHomeRendererTests
{
    [Fact]
    public void View_IntroAndShortList_HomeViewWithEachCommitmentsButtons()
    {
        var list = new ChatMessage
        {
            Text = "Your open commitments (1):\n- Export <!channel>: Acme",
            Sections = [new("Export <!channel>", "Acme") { Buttons = [new("checkin.answer", "On track", "c1|ontrack"), new("slip.start", "Report a slip", "c1")] }],
        };

        var view = SlackHomeRenderer.View([new ChatMessage { Text = "Your commitments." }, list]);
        var blocks = view["blocks"]!.AsArray();

        Assert.Equal("home", (string?)view["type"]);
        Assert.Equal(["section", "section", "section", "actions"], blocks.Select(b => (string?)b!["type"]));
        Assert.Equal("*Export &lt;!channel&gt;*\nAcme", (string?)blocks[2]!["text"]!["text"]);
        Assert.Equal(["c1|ontrack", "c1"], blocks[3]!["elements"]!.AsArray().Select(e => (string?)e!["value"]));
    }

    [Fact]
    public void View_SixtyCommitmentsWithButtons_AtMostAHundredBlocksAndNoButtonWithoutItsCommitment()
    {
        var sections = Enumerable.Range(1, 60).Select(i => new MessageSection($"Commitment {i}", "on track") { Buttons = [new("slip.start", "Report a slip", $"c{i}")] }).ToList();
        var list = new ChatMessage { Text = "Your open commitments (60):", Sections = sections };

        var blocks = SlackHomeRenderer.View([new ChatMessage { Text = "Your commitments." }, list])["blocks"]!.AsArray();

        Assert.InRange(blocks.Count, 90, 100);
        Assert.Equal("_and 12 more_", (string?)blocks[^1]!["text"]!["text"]);
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((string?)blocks[i]!["type"] == "actions")
            {
                var commitment = (string?)blocks[i]!["elements"]![0]!["value"];
                Assert.Equal($"*Commitment {commitment![1..]}*\non track", (string?)blocks[i - 1]!["text"]!["text"]);
            }
        }
    }
}
