using StatusBot.Core.Chat;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Rendering;

public sealed class AdaptiveCardInvokeResponseTests
{
    [Fact]
    public void Card_Content_StatusTypeAndTheCard()
    {
        var content = AdaptiveCardRenderer.Render(new ChatMessage { Text = "Thanks, noted." });

        var response = AdaptiveCardInvokeResponse.Card(content);

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", response["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Error_BadRequest_CodeAndMessage()
    {
        var response = AdaptiveCardInvokeResponse.Error(400, "BadRequest", "That commitment is not yours.");

        Assert.Equal("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"That commitment is not yours."}}""", response.ToJsonString());
    }

    [Fact]
    public void Render_LongTextWithEmojiAtTheCut_NoBrokenSurrogates()
    {
        var text = new string('a', 7999) + "😀" + new string('b', 10);

        var body = AdaptiveCardRenderer.Render(new ChatMessage { Text = text }).Card["body"]!.AsArray();

        Assert.Equal(2, body.Count);
        Assert.Equal(7999, body[0]!["text"]!.GetValue<string>().Length);
        Assert.StartsWith("😀", body[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
