using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Playground;

public sealed class PlaygroundStartupTests
{
    [Fact]
    public async Task On_loopback_the_host_says_where_the_playground_is()
    {
        var port = FreePort.Find();
        using var host = HostProcess.Start($"--urls=http://127.0.0.1:{port}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        while (!host.Output.Contains("Playground: ", StringComparison.Ordinal) && !host.HasExited && !timeout.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None);
        }

        Assert.Contains($"Playground: http://localhost:{port}/", host.Output, StringComparison.Ordinal);
    }
}
