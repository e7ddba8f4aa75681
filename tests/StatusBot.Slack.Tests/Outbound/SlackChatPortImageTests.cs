using StatusBot.Core.Chat;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackChatPortImageTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private static readonly ChatMessage Digest = new()
    {
        Text = "Digest for this channel",
        Image = new ChatImage(Png, "Median warning lead time per month", "November 2026: 3 working days"),
    };

    private static readonly ChatAddress Channel = ChatAddress.ToChannel(WorkspaceId.Parse("slack-T1"), "C456");

    [Fact]
    public async Task SendAsync_WithAPicture_PostsTheTextThenUploadsThePngAndSharesItInTheSameChannel()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        var sent = await new SlackChatPort(slack.Client).SendAsync(Channel, Digest, "k1");

        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"], slack.Server.Calls.Select(c => c.Method));
        var ask = slack.Server.Calls[1];
        Assert.StartsWith("application/x-www-form-urlencoded", ask.ContentType, StringComparison.Ordinal);
        Assert.Equal(("median-warning-lead-time-per-month.png", "15", "November 2026: 3 working days"), (ask.Field("filename"), ask.Field("length"), ask.Field("alt_txt")));
        Assert.Null(slack.Server.Calls[2].Authorization); // the upload URL is not Slack's API: no token goes there
        var file = Assert.Single(slack.Server.Files.Values);
        Assert.Equal(Png, file.Bytes);
        Assert.Equal(("C456", "Median warning lead time per month"), (file.Channel, file.Title));
        Assert.Equal(file.Id, (string?)slack.Server.Calls[3].Json!["files"]![0]!["id"]);
        Assert.Equal(slack.Server.Calls[0].Field("channel"), sent.ConversationId);
    }

    [Fact]
    public async Task SendAsync_UploadRefused_KeepsTheTextMessageAndLogsTheFailureOnce()
    {
        await using var slack = await SlackClientHarness.StartAsync();
        var log = new RecordingLogger<SlackChatPort>();
        slack.Server.FailNext(1, FakeSlackFault.NotOk("missing_scope"), "files.getUploadURLExternal");

        var sent = await new SlackChatPort(slack.Client, logger: log).SendAsync(Channel, Digest, "k1");

        Assert.Single(slack.Server.Delivered("chat.postMessage"));
        Assert.Equal("C456", sent.ConversationId);
        Assert.DoesNotContain(slack.Server.Calls, c => c.Method == "files.completeUploadExternal");
        Assert.Equal(1, log.Count);
        Assert.Contains("without its picture: the upload failed with missing_scope", log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UploadUrlFailsEveryTime_KeepsTheTextMessageAndSharesNothing()
    {
        await using var slack = await SlackClientHarness.StartAsync(new SlackOutboundOptions { MaxAttempts = 2, BaseRetryDelay = TimeSpan.FromMilliseconds(1), PostMessageBurst = 1000 });
        var log = new RecordingLogger<SlackChatPort>();
        slack.Server.FailNext(2, FakeSlackFault.ServerError(503), "upload");

        await new SlackChatPort(slack.Client, logger: log).SendAsync(Channel, Digest, "k1");

        Assert.Equal(2, slack.Server.Calls.Count(c => c.Method == "upload"));
        Assert.DoesNotContain(slack.Server.Calls, c => c.Method == "files.completeUploadExternal");
        Assert.Equal(1, log.Count);
        Assert.Contains("http_503", log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WithoutAPicture_UploadsNothing()
    {
        await using var slack = await SlackClientHarness.StartAsync();

        await new SlackChatPort(slack.Client).SendAsync(Channel, Digest with { Image = null }, "k1");

        Assert.Equal(["chat.postMessage"], slack.Server.Calls.Select(c => c.Method));
    }

    [Theory]
    [InlineData("Median warning lead time per month", "median-warning-lead-time-per-month.png")]
    [InlineData("Lead time: 2026/11 (ä)", "lead-time-2026-11.png")]
    [InlineData("***", "picture.png")]
    public void FileName_IsTheTitleInPlainWords(string title, string expected) =>
        Assert.Equal(expected, SlackChatPort.FileName(title));
}
