using Microsoft.Extensions.DependencyInjection;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Scheduling;

namespace StatusBot.Tests.Slack;

public sealed class SlackDigestPictureTests : IAsyncLifetime
{
    private SlackHost _s = null!;

    public async Task InitializeAsync() => _s = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task A_scheduled_digest_posts_its_text_and_shares_the_trend_png_in_the_same_channel()
    {
        await ScheduledDigest.WarnedAsync(_s.Host.Services, SlackHost.Workspace, "C0PROJ", "U0OWNER", leadDays: 4);

        Assert.Equal(1, await ScheduledDigest.PostAsync(_s.Host.Services, _s.Clock, SlackHost.Workspace, "C0PROJ"));

        var methods = _s.Slack.Calls.Select(c => c.Method).Where(m => m is not "users.info" and not "conversations.info").ToList();
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"], methods);
        Assert.Equal("C0PROJ", Assert.Single(_s.Slack.Delivered("chat.postMessage")).Field("channel"));
        var file = Assert.Single(_s.Slack.Files.Values);
        Assert.Equal(ScheduledDigest.PngSignature, file.Bytes![..8]);
        Assert.True(file.Bytes.Length > 1000);
        Assert.Equal(file.Length, file.Bytes.Length);
        Assert.Equal(("C0PROJ", "Median warning lead time per month"), (file.Channel, file.Title));
        Assert.Contains("November 2026: 4 working days", file.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_digest_whose_picture_slack_refuses_still_posts_its_text_once()
    {
        await ScheduledDigest.WarnedAsync(_s.Host.Services, SlackHost.Workspace, "C0PROJ", "U0OWNER", leadDays: 4);
        _s.Slack.FailNext(1, FakeSlackFault.NotOk("missing_scope"), "files.getUploadURLExternal");

        Assert.Equal(1, await ScheduledDigest.PostAsync(_s.Host.Services, _s.Clock, SlackHost.Workspace, "C0PROJ"));
        _s.Clock.Advance(TimeSpan.FromMinutes(5)); // past the occurrence's lease: were it still due, it would post again
        await _s.Get<StatusBot.Scheduling.DigestScheduler>().RunDueAsync("test-host");

        Assert.Single(_s.Slack.Delivered("chat.postMessage"));
        Assert.Empty(_s.Slack.Delivered("files.completeUploadExternal"));
    }

    [Fact]
    public async Task A_scheduled_digest_of_a_channel_with_no_warnings_in_its_trend_has_no_picture()
    {
        var commitments = _s.Host.Services.GetRequiredService<StatusBot.Core.Commitments.CommitmentService>();
        await commitments.CreateAsync(SlackHost.Workspace, new("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0QUIET", "C0ACME"), "U0OWNER");
        await ScheduledDigest.WarnedAsync(_s.Host.Services, SlackHost.Workspace, "C0OTHER", "U0OWNER", leadDays: 4);

        Assert.Equal(1, await ScheduledDigest.PostAsync(_s.Host.Services, _s.Clock, SlackHost.Workspace, "C0QUIET"));

        Assert.Equal("C0QUIET", Assert.Single(_s.Slack.Delivered("chat.postMessage")).Field("channel"));
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method.StartsWith("files.", StringComparison.Ordinal));
    }
}
