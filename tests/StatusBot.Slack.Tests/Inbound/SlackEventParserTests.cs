using System.Text;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackEventParserTests
{
    [Fact]
    public void Parse_UrlVerification_ReturnsChallenge()
    {
        var result = SlackEventParser.Parse(TestData.Bytes("event-url-verification.json"));

        var verification = Assert.IsType<SlackUrlVerification>(result.Value);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", verification.Challenge);
    }

    [Fact]
    public void Parse_AppHomeOpened_ReadsEnvelopeAndTab()
    {
        var result = SlackEventParser.Parse(TestData.Bytes("event-app-home-opened.json"));

        var callback = Assert.IsType<SlackEventCallback>(result.Value);
        Assert.Equal("Ev0PV52K21", callback.EventId);
        Assert.Equal("T3MDE", callback.TeamId);
        Assert.Equal("A0CA5", callback.ApiAppId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1515449522), callback.EventTime);
        Assert.Equal(new SlackEvent("app_home_opened", "U061F7AUR", "D0LAN2Q65", "home"), callback.Event);
        Assert.Null(callback.Retry);
    }

    [Fact]
    public void Parse_AppUninstalled_HasNoUser()
    {
        var callback = Assert.IsType<SlackEventCallback>(SlackEventParser.Parse(TestData.Bytes("event-app-uninstalled.json")).Value);

        Assert.Equal(new SlackEvent("app_uninstalled", null, null, null), callback.Event);
        Assert.True(callback.Event.RemovesApp);
    }

    [Theory]
    [InlineData("""{"oauth":["U1"],"bot":["UBOT"]}""", true)]
    [InlineData("""{"oauth":["U1"]}""", false)]
    [InlineData("""{"oauth":["U1"],"bot":[]}""", false)]
    public void Parse_TokensRevoked_RemovesTheAppOnlyWhenBotTokensWereRevoked(string tokens, bool removes)
    {
        var body = $$$"""{"type":"event_callback","event_id":"E1","team_id":"T1","api_app_id":"A1","event":{"type":"tokens_revoked","tokens":{{{tokens}}}}}""";

        var callback = Assert.IsType<SlackEventCallback>(SlackEventParser.Parse(Encoding.UTF8.GetBytes(body)).Value);

        Assert.Equal(removes, callback.Event.RemovesApp);
    }

    [Fact]
    public void Parse_EventWithUserObject_KeepsTypeAndDropsUser()
    {
        var callback = Assert.IsType<SlackEventCallback>(SlackEventParser.Parse(TestData.Bytes("event-user-change.json")).Value);

        Assert.Equal("user_change", callback.Event.Type);
        Assert.Null(callback.Event.User);
    }

    [Fact]
    public void Parse_RetryHeaders_ReadsThem()
    {
        var result = SlackEventParser.Parse(TestData.Bytes("event-app-uninstalled.json"), "2", "http_timeout");

        Assert.Equal(new SlackRetry(2, "http_timeout"), Assert.IsType<SlackEventCallback>(result.Value).Retry);
    }

    [Fact]
    public void Parse_RetryNumWithoutReason_HasNullReason()
    {
        var result = SlackEventParser.Parse(TestData.Bytes("event-app-uninstalled.json"), "1", "");

        Assert.Equal(new SlackRetry(1, null), Assert.IsType<SlackEventCallback>(result.Value).Retry);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    public void Parse_GarbledRetryNum_Fails(string retryNum)
    {
        var result = SlackEventParser.Parse(TestData.Bytes("event-app-uninstalled.json"), retryNum, "http_timeout");

        Assert.Contains("X-Slack-Retry-Num", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{", "not valid JSON")]
    [InlineData("null", "no type")]
    [InlineData("[]", "not valid JSON")]
    [InlineData("""{"token":"x"}""", "no type")]
    [InlineData("""{"type":"app_rate_limited","team_id":"T1"}""", "'app_rate_limited' is not supported")]
    [InlineData("""{"type":"url_verification"}""", "no challenge")]
    [InlineData("""{"type":"event_callback","team_id":"T1","api_app_id":"A1","event":{"type":"app_uninstalled"}}""", "event_id")]
    [InlineData("""{"type":"event_callback","event_id":"E1","team_id":"T1","api_app_id":"A1","event":{}}""", "event.type")]
    [InlineData("""{"type":"event_callback","event_id":"E1","team_id":"T1","api_app_id":"A1","event":{"type":"x"},"event_time":"soon"}""", "not valid JSON")]
    public void Parse_MalformedBody_FailsWithMessage(string body, string expected)
    {
        var result = SlackEventParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EventTimeOutOfRange_LeavesItUnset()
    {
        var body = """{"type":"event_callback","event_id":"E1","team_id":"T1","api_app_id":"A1","event":{"type":"x"},"event_time":9223372036854775807}""";

        var callback = Assert.IsType<SlackEventCallback>(SlackEventParser.Parse(Encoding.UTF8.GetBytes(body)).Value);

        Assert.Null(callback.EventTime);
    }
}
