using System.Net;
using System.Net.Sockets;

namespace StatusBot.Tests.Hosting;

/// <summary>What a newcomer reads in the console: a short summary, warnings that name keys, one line for a failed start.</summary>
public sealed class StartupSummaryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_host_says_once_where_it_listens_what_it_stores_in_and_what_is_connected()
    {
        var port = FreePort.Find();
        using var host = HostProcess.Start($"--urls=http://127.0.0.1:{port}");

        Assert.True(await host.WaitForOutputAsync("Playground: ", Timeout), host.Output + host.Errors);

        var output = host.Output;
        Assert.Contains($"StatusBot is ready at http://127.0.0.1:{port}", output, StringComparison.Ordinal);
        Assert.Contains($"Storage:    SQLite, {Path.Combine(host.WorkingDirectory.FullName, "data", "statusbot.db")}", output, StringComparison.Ordinal);
        Assert.Contains("Slack:      not connected (set Slack:SigningSecret", output, StringComparison.Ordinal);
        Assert.Contains("Teams:      not connected", output, StringComparison.Ordinal);
        Assert.Contains("Email:      written as files to", output, StringComparison.Ordinal);
        Assert.Contains($"Playground: http://localhost:{port}/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("StartupSummary[1001]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Slack:BotToken=xoxb-1", "Slack:BotToken is set without Slack:SigningSecret")]
    [InlineData("--Slack:SigningSecret=secret", "Slack:SigningSecret is set without Slack:BotToken")]
    [InlineData("--Teams:AppPassword=secret", "Teams:AppPassword is set without Teams:AppId")]
    public async Task A_half_configured_platform_is_a_warning_that_names_the_missing_key(string setting, string warning)
    {
        var port = FreePort.Find();
        using var host = HostProcess.Start(setting, $"--urls=http://127.0.0.1:{port}");

        Assert.True(await host.WaitForOutputAsync(warning, Timeout), host.Output + host.Errors);
        Assert.Contains("not working:", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_nothing_else()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var host = HostProcess.Start($"--urls=http://127.0.0.1:{port}");

        Assert.Equal(1, await host.WaitForExitAsync(Timeout));

        var line = Assert.Single(Lines(host.Errors));
        Assert.StartsWith("StatusBot cannot start:", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(host.Output), l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal) || l.StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_with_ctrl_c_ends_cleanly_without_stack_traces()
    {
        var port = FreePort.Find();
        using var host = HostProcess.Start($"--urls=http://127.0.0.1:{port}");
        Assert.True(await host.WaitForOutputAsync("Playground: ", Timeout), host.Output + host.Errors);

        host.Terminate();

        Assert.Equal(0, await host.WaitForExitAsync(Timeout));
        Assert.DoesNotContain("   at ", host.Output + host.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", host.Output, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
