using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

/// <summary>Only the people the bot names are mentioned; what users wrote stays text.</summary>
public sealed class SlackMentionRenderingTests
{
    [Fact]
    public void Render_NamedOwnerAndManager_BecomeRealMentionsInTextAndBlocks()
    {
        var message = new ChatMessage { Text = "U0ANN has not answered about Export <!channel>. Manager: U0BO.", Mentions = ["U0ANN", "U0BO"] };

        var content = BlockKitRenderer.Render(message);

        Assert.Equal("<@U0ANN> has not answered about Export &lt;!channel&gt;. Manager: <@U0BO>.", content.Text);
        Assert.StartsWith("<@U0ANN> has not answered", (string?)content.Blocks[0]!["text"]!["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title U0BOSS and XU0ANN and U0ANNA", "Title U0BOSS and XU0ANN and U0ANNA")]
    [InlineData("<@U0BOSS> wrote by a user", "&lt;@U0BOSS&gt; wrote by a user")]
    [InlineData("U0ANN, then U0ANN again", "<@U0ANN>, then <@U0ANN> again")]
    public void Escape_OnlyListedIdsStandingAsWords_AreMentioned(string text, string expected) =>
        Assert.Equal(expected, SlackText.Escape(text, ["U0ANN"]));

    [Fact]
    public void Escape_ListedIdThatIsNoSlackUser_StaysText() =>
        Assert.Equal("29:1ann and .* and U0ANN", SlackText.Escape("29:1ann and .* and U0ANN", ["29:1ann", ".*"]));

    [Fact]
    public void Render_WithoutMentions_MentionsNoOne() =>
        Assert.Equal("U0ANN has not answered.", BlockKitRenderer.Render(new ChatMessage { Text = "U0ANN has not answered." }).Text);
}
