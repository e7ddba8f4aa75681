using StatusBot.Core.Chat;
using StatusBot.Core.DueWork;
using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Storage.AzureTables;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Tables;
using Xunit.Abstractions;

namespace StatusBot.Storage.Tests.CheckIns;

/// <summary>Several hosts on one Azure Tables account (Azurite), and the scheduler's reads at scale.</summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    // Monday 08:00 UTC; commitments due that Friday are checked in every working day at 10:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayTen = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Monday);

    private static CommitmentInput Due(string date, int n) =>
        new($"Commitment {n}", "Acme", date, "UTC", "U" + n, "C_PROJECT", "C_ACME");

    private static async Task ForEachAsync(int count, Func<int, Task> action) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) => await action(i));

    [Fact]
    public async Task Two_hosts_on_one_account_send_each_check_in_exactly_once()
    {
        var hostA = new CountingTableStore(new AzureTableStore(Azurite.CreateClient()));
        var hostB = hostA.SecondHost(new AzureTableStore(Azurite.CreateClient()));
        var service = new CommitmentService(new TableCommitmentStore(hostA), new CheckInPlanning(new TableWakeUpSchedule(hostA, _time), _time), _time);
        var ids = new string[200];
        await ForEachAsync(ids.Length, async i => ids[i] = (await service.CreateAsync(WorkspaceId.Playground, Due("2026-11-27", i), "U" + i)).Value!.Id);
        var chat = new CountingChatPort();
        var runnerA = Runner(hostA, chat.ForHost("A"));
        var runnerB = Runner(hostB, chat.ForHost("B"));

        _time.Advance(TuesdayTen - Monday + TimeSpan.FromMinutes(1));
        await Task.WhenAll(RunUntilIdleAsync(runnerA, "A"), RunUntilIdleAsync(runnerB, "B"));

        Assert.Equal(200, chat.Sent.Count);
        Assert.Equal(ids.Order(), chat.Sent.Select(s => s.To.Id[1..]).Select(n => ids[int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)]).Order());
        var store = new TableCommitmentStore(hostA);
        await ForEachAsync(ids.Length, async i =>
            Assert.Single(await store.GetHistoryAsync(WorkspaceId.Playground, ids[i]), e => e.Kind == CommitmentEventKind.CheckInSent));
        output.WriteLine($"host A sent {chat.Sent.Count(s => s.Host == "A")}, host B sent {chat.Sent.Count(s => s.Host == "B")}");
    }

    private DueWorkRunner Runner(ITableStore tables, IChatPort chat)
    {
        var wakeUps = new TableWakeUpSchedule(tables, _time);
        return new DueWorkRunner(wakeUps, new CheckInRunner(new TableCommitmentStore(tables), wakeUps, chat, _time), _time);
    }

    private static async Task RunUntilIdleAsync(DueWorkRunner runner, string host)
    {
        for (var idle = 0; idle < 3;)
        {
            idle = (await runner.RunDueAsync(host, max: 25)).Count == 0 ? idle + 1 : 0;
        }
    }

    [Fact]
    public async Task A_tick_with_100_due_among_50000_stored_reads_about_once_per_due_commitment()
    {
        var tables = new CountingTableStore(new AzureTableStore(Azurite.CreateClient()));
        var service = new CommitmentService(new TableCommitmentStore(tables), new CheckInPlanning(new TableWakeUpSchedule(tables, _time), _time), _time);
        var clock = Stopwatch.StartNew();
        await ForEachAsync(100, i => service.CreateAsync(WorkspaceId.Playground, Due("2026-11-27", i), "U" + i));
        await SeedNotDueAsync(tables, 49_900);
        output.WriteLine($"stored 50,000 commitments in {clock.Elapsed.TotalSeconds:F0} s");
        var runner = Runner(tables, new CountingChatPort());

        // The scheduler ticks through the night with nothing due, as a running host would.
        while (_time.GetUtcNow() + TimeSpan.FromMinutes(30) < TuesdayTen)
        {
            _time.Advance(TimeSpan.FromMinutes(30));
            Assert.Empty(await runner.RunDueAsync("host", max: 500));
        }

        _time.Advance(TuesdayTen.AddMinutes(1) - _time.GetUtcNow());
        tables.Reset();
        var outcomes = await runner.RunDueAsync("host", max: 500);

        Assert.Equal(100, outcomes.Count(o => o.Done.Count > 0));
        output.WriteLine($"one tick: {tables.Reads} reads, {tables.Writes} writes for {outcomes.Count} due wake-ups");
        // Per due commitment: a read of it, and a read of its listed copy when the update brings that forward;
        // plus the schedule's cursor and current hour. Nothing grows with the 49,900 that are not due.
        Assert.InRange(tables.Reads, 100, (2 * 100) + 5);
    }

    /// <summary>
    /// Stores commitments due months away, each listed in its workspace with its next wake-up filed, in
    /// batches of 100. Their head rows are left out: Azurite takes one request per head (minutes for tens
    /// of thousands), and a read of any of them, found or not, would still be counted.
    /// </summary>
    private static async Task SeedNotDueAsync(CountingTableStore tables, int count)
    {
        var index = await tables.GetTableAsync(TableCommitmentStore.IndexTableName);
        var wakeUps = await tables.GetTableAsync(TableWakeUpSchedule.TableName);
        var nextWeek = Monday.AddDays(7).AddHours(2);
        await ForEachAsync((count + 99) / 100, async chunk =>
        {
            var commitments = Enumerable.Range(chunk * 100, Math.Min(100, count - (chunk * 100))).Select(i => new Commitment
            {
                Id = $"seed{i:D6}", Workspace = WorkspaceId.Playground, Title = $"Later {i}", Customer = "Globex", DueDate = new DateOnly(2027, 6, 30),
                TimeZone = "UTC", Owner = "U" + i, Channel = "C_PROJECT", CustomerDestination = "C_GLOBEX", HealthSince = Monday, CreatedAt = Monday, Version = 1,
            }).ToList();
            await index.ExecuteBatchAsync(commitments
                .Select(c => new TableOperation(TableOperationKind.Insert, CommitmentRows.ToRow(c, c.Workspace.ToString(), c.Id))).ToList());
            await wakeUps.ExecuteBatchAsync(commitments
                .Select(c => new TableOperation(TableOperationKind.Insert, WakeUpRows.ToRow(WakeUpBuckets.PartitionOf(nextWeek), c.Workspace, c.Id, nextWeek))).ToList());
        });
    }
}
