using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class TeamsTokenClientTests
{
    [Fact]
    public async Task SendAsync_WrongAppPassword_RefusedPermanentlyWithoutCallingTheConnector()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        teams.Server.ExpectedSecret = "the-real-secret";

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => teams.Client.SendAsync(teams.Server.ServiceUrl, "a:1", new() { ["type"] = "message" }, "tenant-1"));

        Assert.Equal(("token", "invalid_client", false), (error.Operation, error.Error, error.IsTransient));
        Assert.DoesNotContain(ConnectorHarness.AppPassword, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(teams.Server.Calls);
    }

    [Fact]
    public async Task GetTokenForScopeAsync_GraphAndConnector_OneCachedTokenPerScope()
    {
        await using var teams = await ConnectorHarness.StartAsync();

        var graph = await teams.Tokens.GetTokenForScopeAsync("https://graph.microsoft.com/.default");
        var connector = await teams.Tokens.GetTokenAsync(teams.Server.ServiceUrl);
        Assert.Equal(graph, await teams.Tokens.GetTokenForScopeAsync("https://graph.microsoft.com/.default"));
        Assert.Equal(connector, await teams.Tokens.GetTokenAsync(teams.Server.ServiceUrl));

        Assert.NotEqual(graph, connector);
        Assert.Equal(["https://graph.microsoft.com/.default", TeamsTokenClient.Scope], teams.Server.TokenRequests.Select(r => r["scope"]));
    }

    [Fact]
    public void Endpoint_NoneConfigured_TheTenantsIdentityPlatformEndpoint()
    {
        using var tokens = new TeamsTokenClient(HttpClients.Factory, Options.Create(new TeamsOptions { AppId = ConnectorHarness.AppId, TenantId = ConnectorHarness.TenantId }), TimeProvider.System, NullLogger<TeamsTokenClient>.Instance);

        Assert.Equal(new Uri($"https://login.microsoftonline.com/{ConnectorHarness.TenantId}/oauth2/v2.0/token"), tokens.Endpoint);
    }

    [Fact]
    public async Task GetTokenAsync_PlainHttpEndpointOffLoopback_RefusedBeforeSendingTheSecret()
    {
        var options = new TeamsOptions { AppId = ConnectorHarness.AppId, AppPassword = "s", TokenEndpoint = new Uri("http://login.example.invalid/token") };
        using var tokens = new TeamsTokenClient(HttpClients.Factory, Options.Create(options), TimeProvider.System, NullLogger<TeamsTokenClient>.Instance);

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => tokens.GetTokenAsync(new Uri("https://smba.trafficmanager.net/emea/")).AsTask());

        Assert.Equal("token_endpoint_not_https", error.Error);
    }
}
