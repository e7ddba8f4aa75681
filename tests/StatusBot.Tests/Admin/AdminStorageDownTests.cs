using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Slack;

namespace StatusBot.Tests.Admin;

/// <summary>Admin requests while the store stalls or fails: 503 with Retry-After, soon, never a 500 or a hang.</summary>
public sealed class AdminStorageDownTests : IDisposable
{
    private readonly StorageOutage _outage = new();
    private readonly StatusBotFactory _factory = new(new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminHost.Key, ["Scheduler:Enabled"] = "false" });
    private readonly HttpClient _client;

    public AdminStorageDownTests()
    {
        _client = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => _outage.InstallBehindDeadline(s, TimeSpan.FromSeconds(2)))).CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", AdminHost.Key);
    }

    public void Dispose()
    {
        _outage.Release();
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_stalled_store_answers_503_with_retry_after_within_five_seconds()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(AdminHost.Base, UriKind.Relative))).StatusCode);
        _outage.Stall();

        var watch = Stopwatch.StartNew();
        var response = await _client.GetAsync(new Uri(AdminHost.Base, UriKind.Relative));
        watch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("Storage is not answering", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task A_failing_store_answers_503_not_500_and_recovers_when_it_is_back()
    {
        _outage.FailAll();
        var down = await _client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), JsonContent(AdminHost.ValidCommitment()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);

        _outage.End();
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync(new Uri(AdminHost.Base, UriKind.Relative), JsonContent(AdminHost.ValidCommitment()))).StatusCode);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
