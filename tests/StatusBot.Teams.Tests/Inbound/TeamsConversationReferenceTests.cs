using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class TeamsConversationReferenceTests
{
    private const string Tenant = "99999999-8888-7777-6666-555555555555";
    private const string Bot = "28:11111111-2222-3333-4444-555555555555";

    [Fact]
    public void From_PersonalInstall_ReferenceToTheUser()
    {
        var reference = TeamsConversationReference.From(TestData.Activity("installation-update-personal.json"));

        Assert.Equal(
            new TeamsConversationReference(ChatAddress.ToUser(WorkspaceId.ForTeams(Tenant), "29:1ann"), new Uri("https://smba.trafficmanager.net/emea/"), "a:1personalchat", "personal", Tenant, "29:1ann", "6f1a0000-0000-0000-0000-000000000001", Bot),
            reference);
    }

    [Fact]
    public void From_AddedToTeam_ReferenceToTheChannel()
    {
        var reference = TeamsConversationReference.From(TestData.Activity("conversation-update-team.json"));

        Assert.NotNull(reference);
        Assert.Equal(ChatAddress.ToChannel(WorkspaceId.ForTeams(Tenant), "19:proj@thread.tacv2"), reference.Address);
        Assert.Equal(("19:proj@thread.tacv2", "channel", null), (reference.ConversationId, reference.ConversationType, reference.UserId));
        Assert.Equal(new Uri("https://smba.trafficmanager.net/amer/"), reference.ServiceUrl);
    }

    [Fact]
    public void From_NoTenant_Null()
    {
        var activity = TestData.Activity("installation-update-personal.json") with { ChannelData = null, Conversation = new ConversationAccount("a:1") };

        Assert.Null(TeamsConversationReference.From(activity));
    }

    [Fact]
    public void ForMember_TeamMember_UserReferenceWithoutChatYet()
    {
        var team = TeamsConversationReference.From(TestData.Activity("conversation-update-team.json"))!;

        var member = TeamsConversationReference.ForMember(team, new ChannelAccount("29:bob", "Bob", "aad-bob"));

        Assert.Equal(ChatAddress.ToUser(WorkspaceId.ForTeams(Tenant), "29:bob"), member.Address);
        Assert.Null(member.ConversationId);
        Assert.Equal(("29:bob", "aad-bob", Bot), (member.UserId, member.UserAadObjectId, member.BotId));
    }

    [Fact]
    public async Task InMemoryStore_SaveGetDelete_ByAddress()
    {
        var store = new InMemoryTeamsConversationStore();
        var reference = TeamsConversationReference.From(TestData.Activity("installation-update-personal.json"))!;

        await store.SaveAsync(reference);
        var found = await store.GetAsync(ChatAddress.ToUser(WorkspaceId.ForTeams(Tenant), "29:1ann"));
        var deleted = await store.DeleteAsync(reference.Address);

        Assert.Equal(reference, found);
        Assert.True(deleted);
        Assert.Null(await store.GetAsync(reference.Address));
        Assert.False(await store.DeleteAsync(reference.Address));
    }
}
