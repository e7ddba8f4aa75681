using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class BotConnectorClientTests
{
    private static JsonObject Message(string text = "hi") => new() { ["type"] = "message", ["summary"] = text };

    [Fact]
    public async Task SendAsync_Message_PostsToActivitiesWithBearerToken()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        var id = await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1");

        var call = Assert.Single(teams.Server.Calls);
        Assert.Equal(("POST", "/emea/v3/conversations/a:1/activities"), (call.Method, call.Path));
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal("message", call.Json?["type"]?.GetValue<string>());
        Assert.Equal("act-1", id);
    }

    [Fact]
    public async Task ReplyAsync_Message_PostsUnderTheActivity()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        await teams.Client.ReplyAsync(teams.Server.ServiceUrl, "19:c@thread.tacv2", "act-7", Message(), "tenant-1");

        Assert.Equal(("POST", "/emea/v3/conversations/19:c@thread.tacv2/activities/act-7"), (teams.Server.Calls[0].Method, teams.Server.Calls[0].Path));
    }

    [Fact]
    public async Task UpdateAsync_Message_PutsToTheActivity()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        await teams.Client.UpdateAsync(teams.Server.ServiceUrl, "a:1", "act-3", Message("new"), "tenant-1");

        var call = Assert.Single(teams.Server.Calls);
        Assert.Equal(("PUT", "/emea/v3/conversations/a:1/activities/act-3"), (call.Method, call.Path));
        Assert.Equal("new", call.Json?["summary"]?.GetValue<string>());
    }

    [Fact]
    public async Task CreateConversationAsync_User_PostsBotMemberAndTenant()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        var id = await teams.Client.CreateConversationAsync(teams.Server.ServiceUrl, "28:bot", "29:user", ConnectorHarness.TenantId);

        var call = Assert.Single(teams.Server.Calls);
        Assert.Equal(("POST", "/emea/v3/conversations"), (call.Method, call.Path));
        Assert.Equal("28:bot", call.Json?["bot"]?["id"]?.GetValue<string>());
        Assert.Equal("29:user", call.Json?["members"]?[0]?["id"]?.GetValue<string>());
        Assert.Equal(ConnectorHarness.TenantId, call.Json?["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        Assert.Equal("a:dm-29:user", id);
    }

    [Fact]
    public async Task SendAsync_RateLimitedOnce_HonoursRetryAfterAndDeliversOnce()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(1, new FakeConnectorFault(429, RetryAfterSeconds: 2));

        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1");

        Assert.Equal([429, 201], teams.Server.Calls.Select(c => c.Status));
        Assert.Single(teams.Server.Delivered);
        Assert.Contains(TimeSpan.FromSeconds(2), teams.Waits);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendAsync_TransientStatusTwice_RetriesWithGrowingBackoff(int status)
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(2, new FakeConnectorFault(status));

        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1");

        Assert.Equal([status, status, 201], teams.Server.Calls.Select(c => c.Status));
        Assert.Single(teams.Server.Delivered);
        var waits = teams.Waits;
        Assert.Equal(2, waits.Count);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_PersistentBadGateway_ThrowsTransientAfterBoundedAttempts()
    {
        await using var teams = await ConnectorHarness.StartAsync(outbound: new TeamsOutboundOptions { MaxAttempts = 3 });
        teams.Server.FailNext(10, new FakeConnectorFault(502));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1"));

        Assert.Equal("http_502 (Fault502)", error.Error);
        Assert.True(error.IsTransient);
        Assert.Equal(3, teams.Server.Calls.Count);
        Assert.Empty(teams.Server.Delivered);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondCap_FailsAtOnceCarryingRetryAfter()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(1, new FakeConnectorFault(429, RetryAfterSeconds: 120));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1"));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(120), error.ToDeliveryException().RetryAfter);
        Assert.Single(teams.Server.Calls);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendAsync_PermanentStatus_ThrowsWithoutRetrying(int status)
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(1, new FakeConnectorFault(status));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1"));

        Assert.StartsWith("http_" + status, error.Error, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Single(teams.Server.Calls);
    }

    [Fact]
    public async Task SendAsync_TooLarge_ThrowsNamingTheSizeLimit()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(1, new FakeConnectorFault(413));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1"));

        Assert.StartsWith("too_large", error.Error, StringComparison.Ordinal);
        Assert.Contains("size limit", error.ToDeliveryException().Message + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_HostNotAllowed_RefusedWithoutAnyRequestOrToken()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var elsewhere = new Uri("http://localhost:" + teams.Server.BaseAddress.Port + "/emea/");

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(elsewhere, "a:1", Message(), "tenant-1"));

        Assert.StartsWith("host_not_allowed", error.Error, StringComparison.Ordinal);
        Assert.Empty(teams.Server.Calls);
        Assert.Empty(teams.Server.TokenRequests);
    }

    [Fact]
    public async Task SendAsync_ManySends_OneTokenRequestWithTheConfiguredCredentials()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var teams = await ConnectorHarness.StartAsync(time);

        for (var i = 0; i < 5; i++)
        {
            await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:" + i, Message(), "tenant-1");
        }

        var request = Assert.Single(teams.Server.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(ConnectorHarness.AppId, request["client_id"]);
        Assert.Equal(TeamsTokenClient.Scope, request["scope"]);
        Assert.All(teams.Server.Calls, c => Assert.Equal("Bearer token-1", c.Authorization));
    }

    [Fact]
    public async Task SendAsync_TokenNearExpiry_RequestsANewOne()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var teams = await ConnectorHarness.StartAsync(time);
        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1");

        time.Advance(TimeSpan.FromMinutes(54));
        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:2", Message(), "tenant-1");
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:3", Message(), "tenant-1");

        Assert.Equal(2, teams.Server.TokenRequests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], teams.Server.Calls.Select(c => c.Authorization));
    }

    [Fact]
    public async Task SendAsync_Retries_NeverLogTheTokenOrPassword()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.FailNext(1, new FakeConnectorFault(502));

        await teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", Message(), "tenant-1");

        Assert.Contains(" 2400 ", teams.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain("token-1", teams.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorHarness.AppPassword, teams.Logger.All, StringComparison.Ordinal);
    }
}
