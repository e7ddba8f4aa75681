using System.Diagnostics;
using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.People;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Load;

/// <summary>
/// The fan-out run: a workspace whose check-ins are all due at once (default 10,000 over 500 owners), the built host with
/// its shipped scheduler settings, and a Slack stand-in that keeps Slack's pace per DM channel. It reports how long the
/// host took against the least time Slack's pace allows, what was lost or repeated, how often Slack had to refuse a
/// message (429), and the host's peak memory.
/// </summary>
internal static class FanOutLoad
{
    public const string Usage =
        "usage: StatusBot.Load fanout [--commitments N] [--owners N] [--smoke] [--tone-model]  (defaults 10000 over 500, tone model off; smoke: 100 over 50)";
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T0FANOUT");
    private static readonly HashSet<DayOfWeek> EveryDay = [.. Enum.GetValues<DayOfWeek>()];

    public static async Task<int> RunAsync(string[] args)
    {
        var (commitments, owners) = args.Contains("--smoke") ? (100, 50) : (10_000, 500);
        var toneModel = args.Contains("--tone-model");  // on as shipped; off by default here, since due work does not use it
        var counts = args.Where(a => a is not ("--smoke" or "--tone-model")).ToArray();
        for (var i = 0; i < counts.Length; i += 2)
        {
            if (i + 1 >= counts.Length || !int.TryParse(counts[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return UsageError();
            }

            switch (counts[i])
            {
                case "--commitments": commitments = Math.Clamp(n, 1, 100_000); break;
                case "--owners": owners = Math.Clamp(n, 1, 10_000); break;
                default: return UsageError();
            }
        }

        var (hostDll, _) = LoadRun.Locate();
        var work = Directory.CreateTempSubdirectory("statusbot-fanout-");
        try
        {
            var zone = AfternoonZone(DateTimeOffset.UtcNow);
            var database = Path.Combine(work.FullName, "fanout.db");
            var seeding = Stopwatch.StartNew();
            await SeedAsync(database, commitments, owners, zone);
            Console.WriteLine($"seeded {commitments} due check-ins over {owners} owners (zone {zone}) in {seeding.Elapsed.TotalSeconds:F0} s");

            await using var slack = await FanOutSlack.StartAsync(zone);
            var started = DateTimeOffset.UtcNow;
            await using var host = await ServerProcess.StartHostAsync(hostDll, database, new Dictionary<string, string>
            {
                ["Slack__SigningSecret"] = "fanout-signing-secret-not-a-real-one",
                ["Slack__BotToken"] = "xoxb-fanout",
                ["Slack__ApiBaseUrl"] = slack.ApiBase.ToString(),
                ["Playground__Enabled"] = "false",
                ["ToneModel__Enabled"] = toneModel ? "true" : "false",
            });
            var ready = DateTimeOffset.UtcNow;
            var limit = Stopwatch.StartNew();
            var timeout = TimeSpan.FromSeconds(60 + (commitments / 10.0));
            while (slack.Received.Count < commitments && limit.Elapsed < timeout)
            {
                await Task.Delay(200);
            }

            await Task.Delay(TimeSpan.FromSeconds(3)); // anything sent twice would arrive now
            return Report(slack, commitments, owners, toneModel, started, ready, host.PeakRssMb);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static int Report(FanOutSlack slack, int commitments, int owners, bool toneModel, DateTimeOffset started, DateTimeOffset ready, double? peakRss)
    {
        var delivered = slack.Received.Count;
        var repeated = slack.Received.Values.Sum(n => n - 1);
        var mostPerOwner = (commitments + owners - 1) / owners;
        var bound = TimeSpan.FromSeconds(Math.Max(0, mostPerOwner - FanOutSlack.Burst));
        var last = slack.LastPost ?? DateTimeOffset.UtcNow;
        var fromReady = last - ready;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; host: SQLite, shipped Scheduler settings, tone model {(toneModel ? "on" : "off")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            | check-ins due | owners | delivered | lost | repeated | Slack 429s | host start to ready | ready to last message | Slack's least time | ratio | host peak RSS |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | {commitments} | {owners} | {delivered} | {commitments - delivered} | {repeated} | {slack.Throttled} | {(ready - started).TotalSeconds:F1} s | {fromReady.TotalSeconds:F1} s | {bound.TotalSeconds:F0} s | {(bound > TimeSpan.Zero ? (fromReady / bound).ToString("F2", CultureInfo.InvariantCulture) + "x" : "-")} | {peakRss:F0} MB |
            """));
        if (delivered < commitments || repeated > 0)
        {
            Console.Error.WriteLine($"fanout: {commitments - delivered} check-ins not delivered, {repeated} repeated.");
            return 1;
        }

        return 0;
    }

    /// <summary>A fixed-offset zone where it is early afternoon now, so every owner is in working time whatever the hour here.</summary>
    private static string AfternoonZone(DateTimeOffset now)
    {
        var offset = 13 - now.UtcDateTime.Hour;
        offset = offset > 14 ? offset - 24 : offset < -12 ? offset + 24 : offset;
        // Etc/GMT zones are named with the sign reversed: Etc/GMT-5 is five hours ahead of UTC.
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.Abs(offset).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Owners who work every day, commitments a month out whose weekly check-in is overdue, each with a wake-up due now.</summary>
    private static async Task SeedAsync(string databasePath, int commitments, int owners, string zone)
    {
        using var tables = new SqliteTableStore(databasePath);
        var store = new TableCommitmentStore(tables);
        var wakeUps = new TableWakeUpSchedule(tables, TimeProvider.System);
        var people = new TablePeopleDirectory(tables);
        await new TableCheckInSettingsStore(tables, TimeProvider.System).SaveAsync(Workspace, CheckInSettings.Default with { WorkingDays = EveryDay });
        await store.ListByOwnerAsync(Workspace, "U00000"); // an empty workspace's owner index is complete from the start
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(Enumerable.Range(0, owners), options, async (o, ct) =>
            await people.SaveAsync(new Person { Workspace = Workspace, UserId = Owner(o), DisplayName = $"Owner {o}", TimeZone = zone, WorkingDays = EveryDay }, ct));
        await Parallel.ForEachAsync(Enumerable.Range(0, commitments), options, async (i, ct) =>
        {
            var owner = Owner(i % owners);
            var created = now.AddDays(-10);
            var commitment = new Commitment
            {
                Id = $"fan{i:D6}", Workspace = Workspace, Title = $"Fan-out {i}", Customer = $"Customer {i % 97}",
                DueDate = today.AddDays(20), TimeZone = zone, Owner = owner, Channel = "C" + (i % 40).ToString("D4", CultureInfo.InvariantCulture),
                CustomerDestination = "C_CUSTOMER", HealthSince = created, CreatedAt = created,
            };
            await store.CreateAsync(commitment, new CommitmentEvent(1, created, CommitmentEventKind.Created, owner), ct);
            await wakeUps.ScheduleAsync(Workspace, commitment.Id, now, ct);
        });
    }

    private static string Owner(int o) => "U" + o.ToString("D5", CultureInfo.InvariantCulture);
}
