using StatusBot.Teams.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Teams.Tests.Outbound;

namespace StatusBot.Teams.Tests;

public sealed class TeamsHostingTests
{
    private static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        before?.Invoke(builder.Services);
        builder.AddStatusBotTeams();
        return builder.Build();
    }

    [Fact]
    public async Task AddStatusBotTeams_AppIdSet_TeamsIsAPlatformAndSendsThroughTheConfiguredEndpoints()
    {
        await using var server = await FakeConnectorServer.StartAsync();
        using var host = Build(new()
        {
            ["Teams:AppId"] = ConnectorHarness.AppId,
            ["Teams:AppPassword"] = ConnectorHarness.AppPassword,
            ["Teams:TenantId"] = ConnectorHarness.TenantId,
            ["Teams:TokenEndpoint"] = server.TokenEndpoint.ToString(),
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        });
        var workspace = TeamsConversationReference.WorkspaceOf(ConnectorHarness.TenantId);
        var store = host.Services.GetRequiredService<ITeamsConversationStore>();
        await store.SaveAsync(new TeamsConversationReference(ChatAddress.ToUser(workspace, "29:ann"), server.ServiceUrl, "a:1", "personal", ConnectorHarness.TenantId, "29:ann", null, "28:bot"));

        var port = Assert.Single(host.Services.GetServices<IChatPlatform>());
        Assert.True(port.Serves(ChatAddress.ToUser(workspace, "29:ann")));
        await port.SendAsync(ChatAddress.ToUser(workspace, "29:ann"), new ChatMessage { Text = "hi" }, "k1");

        Assert.IsType<TeamsChatPort>(port);
        Assert.Equal("Bearer token-1", Assert.Single(server.Delivered).Authorization);
        Assert.Same(host.Services.GetRequiredService<BotFrameworkAuthenticator>(), host.Services.GetRequiredService<BotFrameworkAuthenticator>());
    }

    [Fact]
    public async Task AddStatusBotTeams_NoAppId_ServesTeamsWorkspacesOnlyAndGivesNoToken()
    {
        using var host = Build([]);

        var teams = Assert.Single(host.Services.GetServices<IChatPlatform>());
        Assert.True(teams.Serves(ChatAddress.ToChannel(WorkspaceId.Parse("teams-playground"), "19:abc@thread.tacv2")));
        Assert.False(teams.Serves(ChatAddress.ToChannel(WorkspaceId.Parse("slack-T0123"), "C0456")));
        Assert.False(teams.Serves(new ChatAddress(WorkspaceId.Parse("teams-playground"), ChatAddressKind.Email, "ops@acme.example")));
        Assert.Null(host.Services.GetService<IChatPort>());
        Assert.NotNull(host.Services.GetRequiredService<TeamsChatPort>());
        Assert.Null(await host.Services.GetRequiredService<IConnectorTokenSource>().GetTokenAsync(new Uri("https://smba.trafficmanager.net/emea/")));
    }

    [Fact]
    public void AddStatusBotTeams_HostRegisteredItsOwnStoreAndTokenSource_KeepsThem()
    {
        var store = new InMemoryTeamsConversationStore();
        var tokens = new NoTokens();
        using var host = Build([], services =>
        {
            services.AddSingleton<ITeamsConversationStore>(store);
            services.AddSingleton<IConnectorTokenSource>(tokens);
        });

        Assert.Same(store, host.Services.GetRequiredService<ITeamsConversationStore>());
        Assert.Same(tokens, host.Services.GetRequiredService<IConnectorTokenSource>());
    }

    [Fact]
    public void AddStatusBotTeams_ZeroAttempts_FailsNamingTheKey()
    {
        using var host = Build(new() { ["Teams:Outbound:MaxAttempts"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TeamsOutboundOptions>>().Value);

        Assert.Contains("Teams:Outbound:MaxAttempts", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoTokens : IConnectorTokenSource
    {
        public ValueTask<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(null);
    }
}
