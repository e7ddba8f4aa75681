using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace StatusBot.Load;

/// <summary>Seeds, starts the servers, runs the interleaved rounds and reports.</summary>
internal static class LoadRun
{
    public const string User = "U0LOAD";
    private const string SmallTeam = "T0SMALL";
    private const string LargeTeam = "T0LARGE";
    private const string Secret = "load-signing-secret-not-a-real-one";

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var (hostDll, selfDll) = Locate();
        var work = Directory.CreateTempSubdirectory("statusbot-load-");
        try
        {
            var database = Path.Combine(work.FullName, "load.db");
            var seeding = Stopwatch.StartNew();
            await Seeder.SeedAsync(database, SmallTeam, options.Small);
            await Seeder.SeedAsync(database, LargeTeam, options.Large);
            Console.WriteLine($"seeded {options.Small} + {options.Large} commitments in {seeding.Elapsed.TotalSeconds:F0} s");

            var rawPort = ServerProcess.FreePort();
            await using var raw = await ServerProcess.StartAsync(selfDll, ["serve-raw", rawPort.ToString(CultureInfo.InvariantCulture)], new Dictionary<string, string>(), rawPort);
            await using var host = await ServerProcess.StartHostAsync(hostDll, database, new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Sqlite",
                ["Slack__SigningSecret"] = Secret,
                ["Slack__BotToken"] = "xoxb-load",
                ["Slack__ApiBaseUrl"] = new Uri(raw.Base, "api/").ToString(),
                ["Scheduler__Enabled"] = "false",
                ["Playground__Enabled"] = "false",
            });

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                Timeout = TimeSpan.FromSeconds(10),
            };
            var targets = new (string Name, ServerProcess Server, string Team)[]
            {
                ("raw Kestrel", raw, SmallTeam), ($"/slip, {options.Small} commitments", host, SmallTeam), ($"/slip, {options.Large} commitments", host, LargeTeam),
            };
            var responseUrl = new Uri(raw.Base, "response");
            foreach (var team in new[] { SmallTeam, LargeTeam })
            {
                // The user owns "Delivery 0" to "Delivery 2" in each workspace: /slip must offer them, not an error.
                var probe = await SlipLoad.ProbeAsync(http, host.Base, team, Secret, responseUrl);
                if (!probe.StartsWith("200 ", StringComparison.Ordinal) || !probe.Contains("Delivery 2", StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"load: /slip in {team} did not offer the user's commitments: {probe}");
                    return 1;
                }
            }

            foreach (var (_, server, team) in targets)
            {
                // Warm-up, not counted: JIT, connection pools, the caches of the first request.
                await SlipLoad.RunAsync(http, server.Base, team, Secret, responseUrl, options.Round / 2, options.Concurrency, options.MaxPerRound);
            }

            var samples = targets.Select(_ => new List<Sample>()).ToArray();
            using var rounds = new CancellationTokenSource();
            var hostPeakUnderLoad = host.PeakRssWhileAsync(rounds.Token);
            for (var round = 0; round < options.Rounds; round++)
            {
                // Interleaved, each round in a rotated order, so a slow moment of the machine falls on every target alike.
                for (var k = 0; k < targets.Length; k++)
                {
                    var t = (k + round) % targets.Length;
                    samples[t].Add(await SlipLoad.RunAsync(http, targets[t].Server.Base, targets[t].Team, Secret, responseUrl, options.Round, options.Concurrency, options.MaxPerRound));
                }
            }

            await rounds.CancelAsync();
            var underLoad = await hostPeakUnderLoad;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host resident during the rounds: at most {underLoad:F0} MB"));
            return Report(options, targets.Select(t => t.Name).ToArray(), samples, host.PeakRssMb, raw.PeakRssMb);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the temporary folder is left to the system.
            }
        }
    }

    private static int Report(LoadOptions options, string[] names, List<Sample>[] samples, double? hostRss, double? rawRss)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"conditions: loopback, {options.Concurrency} concurrent callers, {options.Rounds} interleaved rounds of {options.Round.TotalSeconds:F0} s per target, medians over rounds");
        Console.WriteLine();
        Console.WriteLine("| target | requests/s | p50 ms | p99 ms | errors |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var rows = names.Select((name, i) => (Name: name, Rps: Median(samples[i].Select(s => s.Throughput)), P50: Median(samples[i].Select(s => s.Percentile(0.50))),
            P99: Median(samples[i].Select(s => s.Percentile(0.99))), Errors: samples[i].Sum(s => s.Errors), Ok: samples[i].Sum(s => s.Ok))).ToArray();
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Rps:F0} | {row.P50:F2} | {row.P99:F2} | {row.Errors} |"));
        }

        var (raw, small, large) = (rows[0], rows[1], rows[2]);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios: throughput to raw {small.Rps / raw.Rps:F2}x (small) {large.Rps / raw.Rps:F2}x (large); p99 to raw {small.P99 / raw.P99:F2}x (small) {large.P99 / raw.P99:F2}x (large); large to small: throughput {large.Rps / small.Rps:F2}x, p99 {large.P99 / small.P99:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS: host {hostRss:F0} MB, raw Kestrel {rawRss:F0} MB"));
        if (rows.Any(r => r.Errors > 0 || r.Ok == 0))
        {
            Console.Error.WriteLine("load: some requests failed or a target answered none (see the errors column).");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// The host's build output and this tool's own, in the same configuration, found from the repository root; or the host
    /// named by <c>STATUSBOT_LOAD_HOST</c> (another build's StatusBot.dll, to measure two builds in turn).
    /// </summary>
    internal static (string Host, string Self) Locate()
    {
        var self = typeof(LoadRun).Assembly.Location;
        if (Environment.GetEnvironmentVariable("STATUSBOT_LOAD_HOST") is { Length: > 0 } named)
        {
            return File.Exists(named) ? (Path.GetFullPath(named), self) : throw new InvalidOperationException($"STATUSBOT_LOAD_HOST names no file: {named}");
        }

        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Debug";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "StatusBot.sln")))
        {
            root = root.Parent;
        }

        var host = root is null ? null : Path.Combine(root.FullName, "src", "StatusBot", "bin", configuration, "net10.0", "StatusBot.dll");
        return host is not null && File.Exists(host)
            ? (host, self)
            : throw new InvalidOperationException($"The host is not built ({host ?? "no StatusBot.sln above " + AppContext.BaseDirectory}): build StatusBot.sln in {configuration} first.");
    }
}
