using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Scheduling;

public sealed class SchedulerServiceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static async Task<(StatusBotFactory Factory, IServiceProvider Services, string Id)> StartAsync(
        FakeTimeProvider clock, RecordingChatPort chat, bool enabled)
    {
        var factory = new StatusBotFactory(new Dictionary<string, string?> { ["Scheduler:Enabled"] = enabled ? "true" : "false" });
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IChatPort>(chat);
        }));
        var services = host.Services;
        var input = new CommitmentInput("Pilot", "Acme", "2026-11-27", "UTC", "U1", "C1", "C2");
        var created = await services.GetRequiredService<CommitmentService>().CreateAsync(WorkspaceId.Playground, input, "U1");
        return (factory, services, created.Value!.Id);
    }

    [Fact]
    public async Task The_host_sends_a_due_check_in_on_its_own_timer()
    {
        var clock = new FakeTimeProvider(Monday);
        var chat = new RecordingChatPort();
        var (factory, _, id) = await StartAsync(clock, chat, enabled: true);
        using var _ = factory;

        // Tuesday 10:00 UTC is the first check-in; the scheduler's timer runs on the fake clock.
        for (var i = 0; i < 60 && chat.IsEmpty; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(30));
            await Task.Delay(50);
        }

        await WaitForAsync(() => chat.Sent.Count > 0);
        var (to, message, _) = Assert.Single(chat.Sent);
        Assert.Equal("U1", to.Id);
        Assert.Contains("Pilot", message.Text, StringComparison.Ordinal);
        Assert.True(clock.GetUtcNow() >= new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), $"Sent early, at {clock.GetUtcNow()}");
        Assert.All(message.Buttons, b => Assert.StartsWith(id + "|", b.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_with_the_scheduler_off_sends_nothing()
    {
        var clock = new FakeTimeProvider(Monday);
        var chat = new RecordingChatPort();
        var (factory, _, _) = await StartAsync(clock, chat, enabled: false);
        using var _ = factory;

        clock.Advance(TimeSpan.FromDays(2));
        await Task.Delay(200);

        Assert.Empty(chat.Sent);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }
}
