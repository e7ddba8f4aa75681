using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!channel> free pizza", "&lt;!channel&gt; free pizza")]
    [InlineData("Q&A <@U123> <https://evil.example|click>", "Q&amp;A &lt;@U123&gt; &lt;https://evil.example|click&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("*bold* _it_ ~s~ `code`", "*bold* _it_ ~s~ `code`")]
    [InlineData("", "")]
    public void Escape_UserText_EscapesOnlyAmpersandAndAngleBrackets(string text, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(text));
    }

    [Theory]
    [InlineData("checkin.answer#2", "checkin.answer")]
    [InlineData("checkin.answer", "checkin.answer")]
    [InlineData("slip#start", "slip#start")]
    public void ToCore_SlackActionId_DropsOnlyTheIndexSuffix(string slack, string core)
    {
        Assert.Equal(core, SlackActionId.ToCore(slack));
    }
}
