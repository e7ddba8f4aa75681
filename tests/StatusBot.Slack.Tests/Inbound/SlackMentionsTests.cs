using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackMentionsTests
{
    [Theory]
    [InlineData("2026-12-21 2027-01-04 delegate <@U0MARIA|maria>", new[] { "U0MARIA" })]
    [InlineData("<@W012ABC> and <@U0BO|bo>", new[] { "W012ABC", "U0BO" })]
    [InlineData("delegate @maria", new string[0])]
    [InlineData("<!channel> <#C0123|proj> &lt;@U0FAKE&gt;", new string[0])]
    [InlineData(null, new string[0])]
    public void In_Text_FindsOnlySlacksUserMentions(string? text, string[] expected) =>
        Assert.Equal(expected, SlackMentions.In(text));
}
