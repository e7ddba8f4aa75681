using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Outbound;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class TeamsDeliveryProblemsTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("teams-" + ConnectorHarness.TenantId);
    private static readonly ChatAddress Maria = ChatAddress.ToUser(Workspace, "29:maria");
    private static readonly ChatAddress Channel = ChatAddress.ToChannel(Workspace, "19:proj@thread.tacv2");
    private static readonly ChatMessage Note = new() { Text = "Is it on track?" };

    private static async Task<TeamsChatPort> PortAsync(ConnectorHarness teams)
    {
        var people = new InMemoryPeopleDirectory();
        await people.SaveAsync(Person.Unknown(Workspace, "29:maria") with { DisplayName = "Maria" });
        await teams.Store.SaveAsync(new TeamsConversationReference(Maria, teams.Server.ServiceUrl, "a:maria", "personal", ConnectorHarness.TenantId, "29:maria", null, "28:bot"));
        await teams.Store.SaveAsync(new TeamsConversationReference(Channel, teams.Server.ServiceUrl, Channel.Id, "channel", ConnectorHarness.TenantId, null, null, "28:bot"));
        return new TeamsChatPort(teams.Client, teams.Store, people);
    }

    [Fact]
    public async Task SendAsync_UserWhoNeverInstalledTheBot_IsPermanentAndNamesThem()
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var port = await PortAsync(teams);
        await teams.Store.DeleteAsync(Maria);

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(Maria, Note, "k"));

        Assert.Equal((DeliveryFailureKind.Recipient, Maria, "not_installed"), (failure.Kind, failure.Address, failure.Code));
        Assert.Equal("Maria has not installed StatusBot in Teams: ask them to add it.", failure.Message);
        Assert.Empty(teams.Server.Calls);
    }

    [Theory]
    [InlineData(403, "Maria has removed or blocked StatusBot in Teams")]
    [InlineData(404, "StatusBot's chat with Maria is gone in Teams")]
    public async Task SendAsync_ConversationRefusedForGood_IsPermanentForTheUser(int status, string advice)
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var port = await PortAsync(teams);
        teams.Server.FailNext(1, new FakeConnectorFault(status));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(Maria, Note, "k"));

        Assert.Equal((DeliveryFailureKind.Recipient, Maria), (failure.Kind, failure.Address));
        Assert.StartsWith(advice, failure.Message, StringComparison.Ordinal);
        Assert.Single(teams.Server.Calls);
    }

    [Theory]
    [InlineData(403, "StatusBot was removed from the team of the Teams channel 19:proj@thread.tacv2")]
    [InlineData(404, "The Teams channel 19:proj@thread.tacv2 no longer exists")]
    public async Task SendAsync_ChannelRefusedForGood_IsPermanentForTheChannel(int status, string advice)
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var port = await PortAsync(teams);
        teams.Server.FailNext(1, new FakeConnectorFault(status));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(Channel, Note, "k"));

        Assert.Equal((DeliveryFailureKind.Recipient, Channel), (failure.Kind, failure.Address));
        Assert.StartsWith(advice, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task SendAsync_RateLimitOrServerError_StaysTransient(int status)
    {
        await using var teams = await ConnectorHarness.StartAsync();
        var port = await PortAsync(teams);
        teams.Server.FailNext(10, new FakeConnectorFault(status, RetryAfterSeconds: 1));

        var failure = await Assert.ThrowsAsync<ChatDeliveryException>(() => port.SendAsync(Channel, Note, "k"));

        Assert.False(failure.IsPermanent);
        Assert.True(teams.Server.Calls.Count > 1, "The transport retries transient answers.");
    }
}
