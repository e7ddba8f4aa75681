using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

public sealed class ChatImageTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1];

    [Fact]
    public void New_APng_KeepsItsBytesTitleAndAltText()
    {
        var image = new ChatImage(Png, "Trend", "November 2026: 3 working days");

        Assert.Equal(Png, image.Png.ToArray());
        Assert.Equal(("Trend", "November 2026: 3 working days"), (image.Title, image.AltText));
    }

    [Fact]
    public void New_BytesThatAreNotAPng_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new ChatImage("GIF89a"u8.ToArray(), "Trend", "words"));

        Assert.Contains("PNG signature", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "words")]
    [InlineData("Trend", " ")]
    public void New_WithoutATitleOrAltText_Throws(string title, string altText) =>
        Assert.ThrowsAny<ArgumentException>(() => new ChatImage(Png, title, altText));

    [Fact]
    public void New_AltTextOverTheLimit_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChatImage(Png, "Trend", new string('a', ChatImage.MaxAltTextLength + 1)));
}
