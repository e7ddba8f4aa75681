using System.Diagnostics;
using System.Reflection;

namespace StatusBot.Deploy.Tests;

/// <summary>The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64); the build records where.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string ExecutablePath => Metadata("BicepPath");

    public static string DeployDirectory => Path.Combine(Metadata("RepositoryRoot"), "deploy");

    /// <summary>Compiles a Bicep file to ARM JSON (on standard output); diagnostics go to standard error.</summary>
    public static Task<BicepResult> BuildAsync(string bicepFile) => RunAsync("build", bicepFile, "--stdout");

    /// <summary>Runs the linter with deploy/bicepconfig.json; diagnostics go to standard error.</summary>
    public static Task<BicepResult> LintAsync(string bicepFile) => RunAsync("lint", bicepFile);

    private static async Task<BicepResult> RunAsync(params string[] arguments)
    {
        var executable = ExecutablePath;
        Assert.True(File.Exists(executable), $"The Bicep CLI is missing at {executable}: restore tests/StatusBot.Deploy.Tests (linux-x64 only).");

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DeployDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepResult(process.ExitCode, await output, await error);
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see StatusBot.Deploy.Tests.csproj.");
}

/// <summary>What one run of the Bicep CLI printed.</summary>
internal sealed record BicepResult(int ExitCode, string Output, string Errors)
{
    /// <summary>True when the run failed or reported any warning or error (the lint is strict on purpose).</summary>
    public bool HasProblems =>
        ExitCode != 0
        || Errors.Contains("Warning", StringComparison.Ordinal)
        || Errors.Contains("Error", StringComparison.Ordinal);

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Errors}";
}
