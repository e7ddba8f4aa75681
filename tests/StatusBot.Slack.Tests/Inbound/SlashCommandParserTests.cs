using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlashCommandParserTests
{
    private const string Minimal = "command=%2Fstatus&user_id=U1&team_id=T1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1&trigger_id=1.2.3";

    [Fact]
    public void Parse_DocumentedSample_ReadsEveryField()
    {
        var result = SlashCommandParser.Parse(TestData.Bytes("slash-command.txt"));

        Assert.True(result.IsSuccess, result.Error);
        var command = result.Value;
        Assert.Equal("/status", command.Command);
        Assert.Equal("due friday & <@U123>", command.Text);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/1234/5678"), command.ResponseUrl);
        Assert.Equal("13345224609.738474920.8088930838d88f008e0", command.TriggerId);
        Assert.Equal("U2147483697", command.UserId);
        Assert.Equal("Steve", command.UserName);
        Assert.Equal("T0001", command.TeamId);
        Assert.Equal("example", command.TeamDomain);
        Assert.Equal("C2147483705", command.ChannelId);
        Assert.Equal("test", command.ChannelName);
        Assert.Equal("A123456", command.ApiAppId);
        Assert.Equal("E0001", command.EnterpriseId);
        Assert.False(command.IsEnterpriseInstall);
    }

    [Fact]
    public void Parse_MinimalFields_DefaultsOptionalOnes()
    {
        var result = SlashCommandParser.Parse(TestData.Form(Minimal));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(string.Empty, result.Value.Text);
        Assert.Null(result.Value.EnterpriseId);
        Assert.Null(result.Value.ApiAppId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20")]
    public void Parse_EmptyTriggerId_IsRefusedByName(string triggerId)
    {
        var result = SlashCommandParser.Parse(TestData.Form(Minimal.Replace("trigger_id=", "old_trigger=", StringComparison.Ordinal) + "&trigger_id=" + triggerId));

        Assert.False(result.IsSuccess);
        Assert.Contains("trigger_id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EnterpriseInstall_SetsFlag()
    {
        var result = SlashCommandParser.Parse(TestData.Form(Minimal + "&is_enterprise_install=true"));

        Assert.True(result.Value!.IsEnterpriseInstall);
    }

    [Fact]
    public void Parse_MissingRequiredFields_NamesThem()
    {
        var result = SlashCommandParser.Parse(TestData.Form("command=%2Fstatus&text=hi"));

        Assert.False(result.IsSuccess);
        Assert.Contains("user_id", result.Error, StringComparison.Ordinal);
        Assert.Contains("response_url", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("command,", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("%2Frelative")]
    public void Parse_ResponseUrlNotAbsoluteHttps_Fails(string url)
    {
        var body = Minimal.Replace("https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1", url, StringComparison.Ordinal);

        Assert.Contains("response_url", SlashCommandParser.Parse(TestData.Form(body)).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"command\":\"/status\"}")]
    [InlineData("%%%")]
    public void Parse_NotAForm_FailsWithoutThrowing(string body)
    {
        Assert.False(SlashCommandParser.Parse(TestData.Form(body)).IsSuccess);
    }
}
