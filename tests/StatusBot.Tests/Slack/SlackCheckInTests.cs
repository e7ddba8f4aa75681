using StatusBot.Core.Chat;
using StatusBot.Core.DueWork;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

public sealed class SlackCheckInTests
{
    [Fact]
    public async Task With_a_bot_token_a_due_check_in_reaches_the_owners_slack_dm_once()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-journey",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var service = host.Services.GetRequiredService<CommitmentService>();
        var runner = host.Services.GetRequiredService<DueWorkRunner>();
        var created = await service.CreateAsync(WorkspaceId.Parse("slack-T0123"), new CommitmentInput("Export <API>", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");

        clock.Advance(new DateTimeOffset(2026, 11, 24, 10, 1, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await runner.RunDueAsync("host-a");
        await runner.RunDueAsync("host-a");

        var posts = slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        var post = Assert.Single(posts);
        Assert.Equal("DU0OWNER", post.Field("channel"));
        Assert.Contains("Export &lt;API&gt;", post.Field("text"), StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-journey", post.Authorization);
        Assert.Single(await service.HistoryAsync(WorkspaceId.Parse("slack-T0123"), created.Value!.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }
}
