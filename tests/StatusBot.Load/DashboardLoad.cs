using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace StatusBot.Load;

/// <summary>
/// How fast the dashboard's pages render for a big workspace: seeds the playground workspace (default 5,000 commitments
/// with 10 events each, 50,000 events), starts the built host on loopback with the playground on (so the playground
/// user signs in with no provider), and times each page over sequential requests after a warm-up.
/// </summary>
internal static class DashboardLoad
{
    public const string Usage =
        "usage: StatusBot.Load dashboard [--commitments N] [--events-each N] [--requests N] [--database PATH]  (defaults 5000, 10, 30; " +
        "an existing PATH is used as it is, a new one is seeded and kept)";

    public static async Task<int> RunAsync(string[] args)
    {
        var (commitments, eventsEach, requests) = (5_000, 10, 30);
        string? kept = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--database")
            {
                kept = Path.GetFullPath(args[i + 1]);
                continue;
            }

            var n = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            _ = args[i] switch
            {
                "--commitments" => commitments = Math.Clamp(n, 1, 100_000),
                "--events-each" => eventsEach = Math.Clamp(n, 1, 100),
                "--requests" => requests = Math.Clamp(n, 1, 1_000),
                _ => throw new FormatException(Usage),
            };
        }

        var (hostDll, _) = LoadRun.Locate();
        var work = Directory.CreateTempSubdirectory("statusbot-dashboard-load-");
        try
        {
            var database = kept ?? Path.Combine(work.FullName, "load.db");
            var one = DashboardSeeder.FirstId;
            if (!File.Exists(database))
            {
                var seeding = Stopwatch.StartNew();
                await DashboardSeeder.SeedAsync(database, commitments, eventsEach);
                Console.WriteLine($"seeded {commitments} commitments, {commitments * eventsEach} events in {seeding.Elapsed.TotalSeconds:F0} s");
            }

            await using var host = await ServerProcess.StartHostAsync(hostDll, database, new Dictionary<string, string>
            {
                ["Scheduler__Enabled"] = "false",
                ["ToneModel__Enabled"] = "false",
            });
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host.Base, Timeout = TimeSpan.FromSeconds(30) };
            (await http.GetAsync(new Uri("/app/signin", UriKind.Relative))).EnsureSuccessStatusCode();
            var failed = false;
            Console.WriteLine("| page | p50 | p95 | max |\n| --- | ---: | ---: | ---: |");
            foreach (var page in new[] { "/app", "/app/trends", "/app/people", "/app/customers", "/app/customers/Customer%201", $"/app/commitments/{one}" })
            {
                var times = new List<double>();
                for (var r = -3; r < requests; r++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await http.GetAsync(new Uri(page, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    failed |= response.StatusCode != HttpStatusCode.OK;
                    if (r >= 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| `{page}` | {times[times.Count / 2]:F0} ms | {times[(int)(times.Count * 0.95)]:F0} ms | {times[^1]:F0} ms |"));
            }

            return failed ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }
}
