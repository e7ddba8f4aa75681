using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace StatusBot.Load;

/// <summary>The two servers under load, each a child process on loopback, and what the kernel says of their memory.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public Uri Base => new($"http://127.0.0.1:{Port}/");

    /// <summary>The peak resident set of the process so far (VmHWM), in MB; null where /proc is not there.</summary>
    public double? PeakRssMb => ReadStatusKb("VmHWM:") is { } kb ? kb / 1024.0 : null;

    /// <summary>The resident set of the process now (VmRSS), in MB; null where /proc is not there.</summary>
    public double? RssMb => ReadStatusKb("VmRSS:") is { } kb ? kb / 1024.0 : null;

    /// <summary>
    /// Samples <see cref="RssMb"/> every 100 ms until <paramref name="stop"/> and returns the highest: the peak while some work
    /// runs, which <see cref="PeakRssMb"/> cannot tell apart from a peak before it (a model loading at start, say).
    /// </summary>
    public async Task<double?> PeakRssWhileAsync(CancellationToken stop)
    {
        double? peak = null;
        while (!stop.IsCancellationRequested)
        {
            peak = RssMb is { } now && (peak is null || now > peak) ? now : peak;
            await Task.Delay(100, CancellationToken.None);
        }

        return peak;
    }

    public static async Task<ServerProcess> StartAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new ServerProcess(process, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited ({process.ExitCode}) before it answered: {errors}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(server.Base, "healthz"))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still starting up.
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"{Path.GetFileName(dll)} did not answer /healthz on port {port} within 30 s.");
    }

    /// <summary>
    /// Starts the built host on a free loopback port in Production over the SQLite file <paramref name="database"/>, logging
    /// warnings only, with <paramref name="settings"/> (configuration as environment variables) on top.
    /// </summary>
    public static Task<ServerProcess> StartHostAsync(string hostDll, string database, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__SqlitePath"] = database,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        return StartAsync(hostDll, [], environment, port);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private double? ReadStatusKb(string field)
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
