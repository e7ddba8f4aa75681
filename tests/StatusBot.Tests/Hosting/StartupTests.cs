using System.Net;

namespace StatusBot.Tests.Hosting;

public sealed class StartupTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("--Storage:Provider=Nonsense", "Storage:Provider")]
    [InlineData("--Storage:Provider=AzureTables", "Storage:AzureTables:ConnectionString")]
    [InlineData("--Storage:Provider=AzureTables --Storage:AzureTables:ServiceUri=not-a-uri", "Storage:AzureTables:ServiceUri")]
    [InlineData("--Admin:ApiKey=short", "Admin:ApiKey")]
    [InlineData("--Email:Smtp:Host=smtp.example.com", "Email:Smtp:From")]
    [InlineData("--Slack:ClientId=123.456", "Slack:ClientSecret")]
    [InlineData("--Slack:ClientId=123.456 --Slack:ClientSecret=s --Slack:BotToken=xoxb-1", "Slack:BotToken")]
    [InlineData("--Storage:KeyCertificatePath=no-such-keys.pfx", "Storage:KeyCertificatePath")]
    [InlineData("--Teams:AppId=not-a-guid", "Teams:AppId")]
    [InlineData("--Email:Smtp:Port=many", "Email:Smtp:Port")]
    [InlineData("--Storage:CallTimeout=00:10:00", "Storage:CallTimeout")]
    [InlineData("--Scheduler:Parallelism=0", "Scheduler:Parallelism")]
    [InlineData("--Storage:Provider=Postgres", "Storage:Provider is 'Postgres'; use one of Sqlite, AzureTables")]
    [InlineData("--Email:Smtp:UseTls=maybe", "Email:Smtp:UseTls is 'maybe'; it must be true or false")]
    [InlineData("--Site:ContactEmail=nobody", "Site:ContactEmail is 'nobody'")]
    [InlineData("--Storage:SqlitePath=/dev/null/statusbot.db", "Storage:SqlitePath is '/dev/null/statusbot.db'")]
    public async Task A_bad_setting_stops_the_host_with_one_line_that_names_the_key(string setting, string key)
    {
        using var host = HostProcess.Start([.. setting.Split(' '), "--urls=http://127.0.0.1:0"]);

        var exitCode = await host.WaitForExitAsync(ExitTimeout);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(host.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("StatusBot cannot start:", line, StringComparison.Ordinal);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output + host.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_run_listens_on_localhost_3978_and_creates_the_database()
    {
        using var host = HostProcess.Start();
        using var client = new HttpClient { BaseAddress = new Uri("http://localhost:3978"), Timeout = TimeSpan.FromSeconds(5) };

        var status = await PollReadyAsync(client, host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(File.Exists(Path.Combine(host.WorkingDirectory.FullName, "data", "statusbot.db")));
    }

    private static async Task<HttpStatusCode?> PollReadyAsync(HttpClient client, HostProcess host)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                return (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        Assert.Fail($"The host did not answer on localhost:3978. Its errors: {host.Errors}");
        return null;
    }
}
