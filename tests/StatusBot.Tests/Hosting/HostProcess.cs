using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace StatusBot.Tests.Hosting;

/// <summary>The built host run as a real process, the way a user runs it, in a folder of its own.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private HostProcess(Process process, DirectoryInfo workingDirectory)
    {
        _process = process;
        WorkingDirectory = workingDirectory;
    }

    public DirectoryInfo WorkingDirectory { get; }

    public string Errors { get { lock (_errors) { return _errors.ToString(); } } }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public static HostProcess Start(params string[] args)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("statusbot-process-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssemblyPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only the test decides where the host listens.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, workingDirectory);
        process.OutputDataReceived += (_, e) => { lock (host._output) { host._output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (host._errors) { host._errors.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Asks the host to stop, as Ctrl+C or a container stop does (SIGTERM).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits until the output contains <paramref name="text"/>, the host exits, or <paramref name="timeout"/> passes.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal) && !HasExited && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Output.Contains(text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        WorkingDirectory.Delete(recursive: true);
    }

    private static string HostAssemblyPath()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "StatusBot", "bin", configuration, "net10.0", "StatusBot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The built host (src/StatusBot/bin/{configuration}/net10.0/StatusBot.dll) was not found: build the solution first.");
    }
}
