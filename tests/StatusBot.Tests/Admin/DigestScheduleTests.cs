using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Scheduling;

namespace StatusBot.Tests.Admin;

public sealed class DigestScheduleTests
{
    private static readonly Uri Schedule = new($"/api/workspaces/{AdminHost.Workspace}/channels/C0456/digest/schedule", UriKind.Relative);

    [Fact]
    public async Task A_weekly_digest_is_posted_once_at_its_local_time_even_with_two_hosts_looking()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        var body = AdminHost.ValidCommitment();
        body["dueDate"] = "2026-12-01";
        await host.CreateAsync(body);

        using var put = await host.Client.PutAsync(Schedule, AdminHost.Json("""{"schedule":"weekly monday 09:00","timeZone":"Europe/Berlin"}"""));
        var view = await AdminHost.ReadAsync(put);

        // Monday 23 Nov, 10:00 in Berlin: this week's 09:00 has passed, so the next is Monday 30 Nov, 08:00 UTC.
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("0 9 * * 1", (string?)view["cron"]);
        var next = DateTimeOffset.Parse((string)view["next"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), next);

        var first = host.Services.GetRequiredService<DigestScheduler>();
        var second = ActivatorUtilities.CreateInstance<DigestScheduler>(host.Services);
        host.Clock.Advance(next - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await first.RunDueAsync("host-a"));
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(first.RunDueAsync("host-a"), second.RunDueAsync("host-b"));
        await first.RunDueAsync("host-a");
        // The host's own scheduler runs on the same clock and may hold the occurrence's lease: give its post time to land.
        for (var waited = 0; waited < 50 && !chat.Sent.Any(IsDigest); waited++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(300); // A second post, were there one, would land by now.

        var posted = Assert.Single(chat.Sent, IsDigest);
        Assert.Equal("C0456", posted.To.Id);
        Assert.Contains("Data export API", posted.Message.Text, StringComparison.Ordinal);

        static bool IsDigest((StatusBot.Core.Chat.ChatAddress To, StatusBot.Core.Chat.ChatMessage Message, string Key) sent) =>
            sent.Key.StartsWith("digest/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_in_words_it_cannot_read_is_a_400_and_none_is_set()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Schedule, AdminHost.Json("""{"schedule":"fortnightly","timeZone":"Europe/Berlin"}"""));
        using var get = await host.Client.GetAsync(Schedule);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task A_digest_turned_off_is_not_posted()
    {
        var chat = new RecordingChatPort();
        using var host = new AdminHost(chat: chat);
        await host.Client.PutAsync(Schedule, AdminHost.Json("""{"schedule":"daily 11:00","timeZone":"UTC"}"""));

        using var delete = await host.Client.DeleteAsync(Schedule);
        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.Services.GetRequiredService<DigestScheduler>().RunDueAsync("host-a");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.DoesNotContain(chat.Sent, s => s.Key.StartsWith("digest/", StringComparison.Ordinal));
    }
}
