using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class TeamsPickedPeopleTests
{
    private const string Tenant = "99999999-8888-7777-6666-555555555555";
    private const string Bo = "6f1a0000-0000-0000-0000-0000000000b0";
    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams(Tenant);
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/emea/");
    private static readonly TeamsConversationReference Where = new(ChatAddress.ToUser(Workspace, "29:1ann"), ServiceUrl, "a:1", "personal", Tenant, "29:1ann", null, "28:bot");

    private static async Task<InMemoryTeamsConversationStore> StoreKnowingBoAsync()
    {
        var store = new InMemoryTeamsConversationStore();
        await store.SaveAsync(new(ChatAddress.ToUser(Workspace, "29:1bo"), ServiceUrl, null, "personal", Tenant, "29:1bo", Bo, "28:bot"));
        return store;
    }

    [Fact]
    public async Task MapAsync_PickedPersonStatusBotHasMet_TheirTeamsId()
    {
        var mapped = await TeamsPickedPeople.MapAsync(new Dictionary<string, string> { ["approver"] = Bo.ToUpperInvariant(), ["title"] = "Export" }, Where, await StoreKnowingBoAsync());

        Assert.Equal(("29:1bo", "Export"), (mapped["approver"], mapped["title"]));
    }

    [Fact]
    public async Task MapAsync_PickedPersonNotMetOrTypedId_LeftAsSubmitted()
    {
        const string Stranger = "6f1a0000-0000-0000-0000-0000000000ff";

        var mapped = await TeamsPickedPeople.MapAsync(new Dictionary<string, string> { ["approver"] = Stranger, ["owner"] = "29:1cy" }, Where, await StoreKnowingBoAsync());

        Assert.Equal((Stranger, "29:1cy"), (mapped["approver"], mapped["owner"]));
    }

    [Fact]
    public async Task MapAsync_SameObjectIdInAnotherTenant_NotMapped()
    {
        var elsewhere = Where with { Address = ChatAddress.ToUser(WorkspaceId.ForTeams("12345678-0000-0000-0000-000000000000"), "29:1ann") };

        var mapped = await TeamsPickedPeople.MapAsync(new Dictionary<string, string> { ["approver"] = Bo }, elsewhere, await StoreKnowingBoAsync());

        Assert.Equal(Bo, mapped["approver"]);
    }
}
