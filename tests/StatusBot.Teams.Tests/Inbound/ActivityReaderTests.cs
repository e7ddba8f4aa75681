using System.Text;
using Microsoft.AspNetCore.Http;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class ActivityReaderTests
{
    private static HttpRequest Request(byte[] body, bool declareLength = true)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = declareLength ? body.Length : null;
        return context.Request;
    }

    [Fact]
    public async Task ReadAsync_Invoke_ReadsTheSchemaFields()
    {
        var read = await ActivityReader.ReadAsync(Request(TestData.Bytes("invoke-action-execute.json")));

        Assert.True(read.IsRead, read.Error);
        var activity = read.Activity;
        Assert.Equal(("invoke", "adaptiveCard/action", "msteams"), (activity.Type, activity.Name, activity.ChannelId));
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal(new ChannelAccount("29:1ann", "Ann Example", "6f1a0000-0000-0000-0000-000000000001"), activity.From);
        Assert.Equal(new ConversationAccount("a:1personalchat", "personal", "99999999-8888-7777-6666-555555555555"), activity.Conversation);
        Assert.Equal("Europe/Berlin", activity.LocalTimezone);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("1700000000001", activity.ReplyToId);
        Assert.NotNull(activity.Entities);
        Assert.NotNull(activity.Value);
    }

    [Fact]
    public async Task ReadAsync_InstallationUpdate_ReadsAction()
    {
        var read = await ActivityReader.ReadAsync(Request(TestData.Bytes("installation-update-personal.json")));

        Assert.Equal("add", read.Activity?.Action);
    }

    [Fact]
    public async Task ReadAsync_DeclaredTooLarge_RefusedUnread()
    {
        var read = await ActivityReader.ReadAsync(Request(new byte[10]), maxBytes: 5);

        Assert.True(read.IsTooLarge);
        Assert.False(read.IsRead);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredTooLarge_RefusedAtTheLimit()
    {
        var read = await ActivityReader.ReadAsync(Request(new byte[ActivityReader.DefaultMaxBytes + 1], declareLength: false));

        Assert.True(read.IsTooLarge);
    }

    [Theory]
    [InlineData("", "no body")]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("null", "JSON null")]
    [InlineData("""{"serviceUrl":"https://x/","channelId":"msteams","conversation":{"id":"a"}}""", "no type")]
    [InlineData("""{"type":"message","serviceUrl":"ftp://x/","channelId":"msteams","conversation":{"id":"a"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","conversation":{"id":"a"}}""", "channelId")]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","channelId":"msteams"}""", "conversation.id")]
    [InlineData("""{"type":"conversationUpdate","serviceUrl":"https://x/","channelId":"msteams","conversation":{"id":"a"},"membersAdded":[null]}""", "membersAdded")]
    [InlineData("""{"type":"conversationUpdate","serviceUrl":"https://x/","channelId":"msteams","conversation":{"id":"a"},"replyToId":" "}""", "replyToId is not an id")]
    [InlineData("""{"type":"installationUpdate","serviceUrl":"https://x/","channelId":"msteams","conversation":{"id":"a"},"membersAdded":[{"id":""}]}""", "members.id is not an id")]
    public async Task ReadAsync_BadBody_ClearError(string body, string expected)
    {
        var read = await ActivityReader.ReadAsync(Request(Encoding.UTF8.GetBytes(body)));

        Assert.False(read.IsRead);
        Assert.False(read.IsTooLarge);
        Assert.Contains(expected, read.Error, StringComparison.Ordinal);
    }
}
