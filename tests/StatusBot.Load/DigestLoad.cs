using System.Diagnostics;
using System.Globalization;
using System.Net;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Load;

/// <summary>
/// The channel digest of a big channel end to end: seeds one channel with 5,000 commitments (every tenth at risk, every
/// twentieth slipping, the rest on track or unknown), starts the built host with the admin API on, and times
/// <c>GET .../channels/{channel}/digest</c> over sequential requests after a warm-up.
/// </summary>
internal static class DigestLoad
{
    public const string Usage = "usage: StatusBot.Load digest [--commitments N] [--requests N]  (defaults 5000, 30)";
    private const string Channel = "C0BIG";
    private const string Key = "digest-load-admin-key-not-a-real-one";
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T0DIGEST");

    public static async Task<int> RunAsync(string[] args)
    {
        var (commitments, requests) = (5_000, 30);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var n = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            _ = args[i] switch
            {
                "--commitments" => commitments = Math.Clamp(n, 1, 100_000),
                "--requests" => requests = Math.Clamp(n, 1, 1_000),
                _ => throw new FormatException(Usage),
            };
        }

        var (hostDll, _) = LoadRun.Locate();
        var work = Directory.CreateTempSubdirectory("statusbot-digest-load-");
        try
        {
            var database = Path.Combine(work.FullName, "digest.db");
            await SeedAsync(database, commitments);
            await using var host = await ServerProcess.StartHostAsync(hostDll, database, new Dictionary<string, string>
            {
                ["Admin__ApiKey"] = Key,
                ["Scheduler__Enabled"] = "false",
                ["Playground__Enabled"] = "false",
                ["ToneModel__Enabled"] = "false",
            });
            using var http = new HttpClient { BaseAddress = host.Base, Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Add("X-Api-Key", Key);
            var route = new Uri($"/api/workspaces/{Workspace}/channels/{Channel}/digest", UriKind.Relative);
            var times = new List<double>();
            long bytes = 0;
            for (var r = -3; r < requests; r++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(route);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.Error.WriteLine($"digest: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
                    return 1;
                }

                if (r >= 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    bytes = body.Length;
                }
            }

            times.Sort();
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; host: SQLite, Release or Debug as built");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                | commitments in the channel | requests | p50 | p95 | max | answer |
                | ---: | ---: | ---: | ---: | ---: | ---: |
                | {commitments} | {requests} | {times[times.Count / 2]:F0} ms | {times[(int)(times.Count * 0.95)]:F0} ms | {times[^1]:F0} ms | {bytes / 1024.0:F0} KB |
                """));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static async Task SeedAsync(string databasePath, int count)
    {
        using var tables = new SqliteTableStore(databasePath);
        var store = new TableCommitmentStore(tables);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var health = i % 20 == 0 ? Health.Slipping : i % 10 == 0 ? Health.AtRisk : i % 2 == 0 ? Health.OnTrack : Health.Unknown;
            var commitment = new Commitment
            {
                Id = $"big{i:D6}", Workspace = Workspace, Title = $"Delivery {i}", Customer = $"Customer {i % 97}", DueDate = today.AddDays(1 + (i % 90)),
                TimeZone = "Europe/Berlin", Owner = "U" + (i % 300).ToString("D5", CultureInfo.InvariantCulture), Channel = Channel,
                CustomerDestination = "C_CUSTOMER", Health = health, HealthSince = now.AddDays(-1), CreatedAt = now.AddDays(-30),
            };
            await store.CreateAsync(commitment, new CommitmentEvent(1, commitment.CreatedAt, CommitmentEventKind.Created, commitment.Owner), ct);
        });
    }
}
