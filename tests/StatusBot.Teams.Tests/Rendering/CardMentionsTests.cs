using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Rendering;

public sealed class CardMentionsTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["29:1ann"] = "Ann Example", ["29:1bo"] = "Bo Boss" };

    private static (string Text, JsonArray? Entities) Rendered(ChatMessage message, IReadOnlyDictionary<string, string>? names = null)
    {
        var card = AdaptiveCardRenderer.Render(message, names ?? Names).Card;
        return (card["body"]![0]!["text"]!.GetValue<string>(), card["msteams"]?["entities"]?.AsArray());
    }

    [Fact]
    public void Render_PeopleTheBotNames_AtTagsInTheTextAndAMentionEntityEach()
    {
        var (text, entities) = Rendered(new ChatMessage { Text = "29:1ann has not answered. Manager: 29:1bo.", Mentions = ["29:1ann", "29:1bo"] });

        Assert.Equal("<at>Ann Example</at> has not answered. Manager: <at>Bo Boss</at>.", text);
        Assert.Equal(
            """[{"type":"mention","text":"<at>Ann Example</at>","mentioned":{"id":"29:1ann","name":"Ann Example"}},{"type":"mention","text":"<at>Bo Boss</at>","mentioned":{"id":"29:1bo","name":"Bo Boss"}}]""",
            entities!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Render_TitleLineOfASectionedMessage_MentionsThePersonItNames()
    {
        var message = new ChatMessage
        {
            Text = "29:1ann asks you to approve this warning.\n\nHello Acme,",
            Sections = [new MessageSection(null, "Hello Acme,")],
            Mentions = ["29:1ann"],
        };

        var (title, entities) = Rendered(message);

        Assert.Equal("<at>Ann Example</at> asks you to approve this warning.", title);
        Assert.Single(entities!);
    }

    [Fact]
    public void Render_PersonWithNoKnownName_StaysTheirIdMentioningNoOne()
    {
        var (text, entities) = Rendered(new ChatMessage { Text = "29:1cy has not answered.", Mentions = ["29:1cy"] });

        Assert.Equal("29:1cy has not answered.", text);
        Assert.Null(entities);
    }

    [Fact]
    public void Render_AtTagTypedByAUser_StaysEscapedText()
    {
        var (text, entities) = Rendered(new ChatMessage { Text = "Export <at>Bo Boss</at> for 29:1ann", Mentions = ["29:1ann"] });

        Assert.Equal("Export \\<at\\>Bo Boss\\</at\\> for <at>Ann Example</at>", text);
        Assert.Equal("29:1ann", Assert.Single(entities!)!["mentioned"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Render_IdsNotListedAsMentions_StayText()
    {
        var (text, entities) = Rendered(new ChatMessage { Text = "29:1bo and 29:1ann", Mentions = ["29:1ann"] });

        Assert.Equal("29:1bo and <at>Ann Example</at>", text);
        Assert.Single(entities!);
    }

    [Fact]
    public void Render_IdInsideALongerId_NotMentioned()
    {
        var (text, entities) = Rendered(new ChatMessage { Text = "29:1ann_2 left", Mentions = ["29:1ann"] });

        Assert.Equal("29:1ann\\_2 left", text);
        Assert.Null(entities);
    }

    [Fact]
    public void Render_NameWithMarkup_ShownWithoutIt()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["29:1ann"] = "Ann **<at>x</at>** [me](http://x)" };

        var (text, entities) = Rendered(new ChatMessage { Text = "29:1ann is late", Mentions = ["29:1ann"] }, names);

        Assert.Equal("<at>Ann atxat me(httpx)</at> is late", text);
        Assert.Equal("Ann **<at>x</at>** [me](http://x)", Assert.Single(entities!)!["mentioned"]!["name"]!.GetValue<string>());
    }
}
