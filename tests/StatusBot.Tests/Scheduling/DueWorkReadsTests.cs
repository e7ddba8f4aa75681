using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Storage.People;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Tests;
using StatusBot.Tests.Hosting;
using Xunit.Abstractions;

namespace StatusBot.Tests.Scheduling;

/// <summary>
/// What due check-ins cost the store in the whole host (message log, slip state, settings and people included):
/// the reads are counted under the host's own table store, as a tick of the scheduler does them.
/// </summary>
public sealed class DueWorkReadsTests(ITestOutputHelper output)
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");

    [Fact]
    public async Task Due_check_ins_read_their_commitment_once_and_each_owner_once_and_cost_at_most_one_and_a_half_reads_each()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-journey",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        CountingTableStore? counting = null;
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            var engine = s.Last(d => d.ServiceType == typeof(ITableStore));
            s.AddSingleton<ITableStore>(p => counting = new CountingTableStore((ITableStore)engine.ImplementationFactory!(p), prefix: ""));
        }));
        var service = host.Services.GetRequiredService<CommitmentService>();
        const int Owners = 20, Each = 10;
        for (var i = 0; i < Owners * Each; i++)
        {
            var input = new CommitmentInput($"Delivery {i}", "Acme", "2026-11-27", "UTC", $"U{i % Owners:D4}", "C0PROJ", "C0ACME");
            Assert.NotNull((await service.CreateAsync(Workspace, input, input.Owner!)).Value);
        }

        clock.Advance(new DateTimeOffset(2026, 11, 24, 10, 1, 0, TimeSpan.Zero) - clock.GetUtcNow());
        counting!.Reset();
        var started = clock.GetUtcNow();
        var runner = host.Services.GetRequiredService<DueWorkRunner>();
        var done = 0;
        using var ticking = new CancellationTokenSource();
        // Slack's pace (a burst, then one message a second per DM) runs on the test's clock: keep it moving, about ten times as
        // fast as real time, so that the people cache's lifetime (a minute on that clock) passes only on a slow machine.
        var ticker = Task.Run(async () =>
        {
            while (!ticking.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                await Task.Delay(25);
            }
        });
        for (var idle = 0; idle < 2;)
        {
            var outcomes = await runner.RunDueAsync("host-a", max: 200, parallelism: 8);
            done += outcomes.Sum(o => o.Done.Count);
            idle = outcomes.Count == 0 ? idle + 1 : 0;
        }

        await ticking.CancelAsync();
        await ticker;

        Assert.Equal(Owners * Each, slack.Calls.Count(c => c.Method == "chat.postMessage"));
        Assert.Equal(Owners * Each, done);
        output.WriteLine($"{counting.Reads} reads for {done} check-ins: " +
            string.Join(", ", counting.ReadsByTable.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value}")));
        // Per check-in: the commitment, once. Its listed copy is brought forward by the ETag this host kept when it wrote it,
        // and a first hold on the commitment sends without looking in the sent-message log; the owner is read once for all
        // their commitments (the people cache), the schedule a few times per tick. The plan's wake-ups are for check-ins
        // only, so the slip conversation is not read.
        Assert.Equal(done, counting.ReadsByTable.GetValueOrDefault("history"));
        Assert.Equal(0, counting.ReadsByTable.GetValueOrDefault("commitments"));
        Assert.Equal(0, counting.ReadsByTable.GetValueOrDefault("sentmessages"));
        Assert.Equal(0, counting.ReadsByTable.GetValueOrDefault("slips"));
        // Once per owner for each lifetime of the people cache the run spanned on the test's clock (one, unless the machine
        // was slow), and those later readings of the same owners aside, at most one and a half reads per check-in.
        var lifetimes = (int)Math.Ceiling((clock.GetUtcNow() - started) / CachedPeopleDirectory.Lifetime);
        var people = counting.ReadsByTable.GetValueOrDefault("people");
        output.WriteLine($"{clock.GetUtcNow() - started} on the test's clock: {lifetimes} lifetimes of the people cache");
        Assert.InRange(people, 1, Owners * lifetimes);
        Assert.InRange(counting.Reads - Math.Max(0, people - Owners), done, done * 3 / 2);
    }
}
