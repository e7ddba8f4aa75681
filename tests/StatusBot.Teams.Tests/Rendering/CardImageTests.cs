using System.Text;
using StatusBot.Core.Chat;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Rendering;

public sealed class CardImageTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public void Render_WithAPicture_EndsTheCardWithAnInlinePngImageAndItsAltText()
    {
        var message = new ChatMessage
        {
            Text = "Digest\nAt risk: 1",
            Sections = [new MessageSection("At risk", "Export for Acme")],
            Image = new ChatImage(Png, "Trend", "November 2026: 3 working days"),
        };

        var body = AdaptiveCardRenderer.Render(message).Card["body"]!.AsArray();

        var image = body[^1]!;
        Assert.Equal("Image", (string?)image["type"]);
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(Png), (string?)image["url"]);
        Assert.Equal("November 2026: 3 working days", (string?)image["altText"]);
        Assert.Contains(body, e => e!.ToJsonString().Contains("Export for Acme", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_APictureTooBigToGoInline_IsLeftOutAndTheTextStays()
    {
        var big = new byte[AdaptiveCardLimits.ImageBytes];
        Png.CopyTo(big, 0);
        var message = new ChatMessage { Text = "Digest", Image = new ChatImage(big, "Trend", "words") };

        var card = AdaptiveCardRenderer.Render(message).Card;

        Assert.DoesNotContain("\"Image\"", card.ToJsonString(), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < AdaptiveCardLimits.CardBytes);
    }

    [Fact]
    public void Render_WithAPictureAndALongDigest_KeepsTheCardUnderTheLimit()
    {
        var sections = Enumerable.Range(0, 400).Select(i => new MessageSection("Section " + i, new string('x', 300))).ToList();
        var message = new ChatMessage { Text = "Digest", Sections = sections, Image = new ChatImage(Png, "Trend", "words") };

        var card = AdaptiveCardRenderer.Render(message).Card;

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardLimits.CardBytes);
        Assert.Equal("Image", (string?)card["body"]!.AsArray()[^1]!["type"]);
    }
}
