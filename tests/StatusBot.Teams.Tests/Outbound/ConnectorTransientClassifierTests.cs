using System.Net;
using System.Text;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class ConnectorTransientClassifierTests
{
    private const string Body = """{"error":{"code":"ServiceError","message":"busy"}}""";

    [Theory]
    [InlineData(429, "http_429 (ServiceError)")]
    [InlineData(412, "http_412 (ServiceError)")]
    [InlineData(502, "http_502 (ServiceError)")]
    [InlineData(503, "http_503 (ServiceError)")]
    [InlineData(504, "http_504 (ServiceError)")]
    [InlineData(500, null)]
    [InlineData(413, null)]
    [InlineData(404, null)]
    [InlineData(201, null)]
    public async Task TransientErrorAsync_Status_TransientOnlyForTheConnectorsPassingFailures(int status, string? expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };

        Assert.Equal(expected, await new ConnectorTransientClassifier().TransientErrorAsync(response));
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        teams.Server.FailNext(1, new FakeConnectorFault(429) { RetryAfterDate = teams.Time.GetUtcNow().AddSeconds(6) });

        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", new() { ["type"] = "message" }, "tenant-1");

        // The date has whole seconds, and real time passed before the client read it (much of it on a busy machine).
        Assert.Equal([429, 201], teams.Server.Calls.Select(c => c.Status));
        Assert.InRange(Assert.Single(teams.Waits), TimeSpan.FromSeconds(5) - elapsed.Elapsed, TimeSpan.FromSeconds(6));
    }
}
