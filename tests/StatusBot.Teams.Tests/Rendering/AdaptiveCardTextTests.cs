using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Tests.Rendering;

public sealed class AdaptiveCardTextTests
{
    [Theory]
    [InlineData("<at>x</at> please", "\\<at\\>x\\</at\\> please")]
    [InlineData("**bold** and _it_", "\\*\\*bold\\*\\* and \\_it\\_")]
    [InlineData("[a](http://x)", "\\[a\\](http://x)")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list\n2) nor this", "1\\. not a list\n2\\) nor this")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("{{DATE(2017-02-14T06:00:00Z)}}", "\\{\\{DATE(2017-02-14T06:00:00Z)\\}\\}")]
    [InlineData("&amp; stays literal", "\\&amp; stays literal")]
    [InlineData("a \\* b", "a \\\\\\* b")]
    [InlineData("plain text, 3 - 1 = 2.", "plain text, 3 - 1 = 2.")]
    public void Escape_UserText_ShowsLiterally(string text, string expected)
    {
        Assert.Equal(expected, AdaptiveCardText.Escape(text));
    }

    [Fact]
    public void Escape_ListMarkerAfterIndentOnLaterLine_Escaped()
    {
        Assert.Equal("first\n  \\- second", AdaptiveCardText.Escape("first\n  - second"));
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsis()
    {
        Assert.Equal("abcd…", AdaptiveCardText.Truncate("abcdefgh", 5));
        Assert.Equal("abc", AdaptiveCardText.Truncate("abc", 5));
    }
}
