using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

public class ChatAddressTests
{
    [Theory]
    [InlineData("ops@acme.example", ChatAddressKind.Email)]
    [InlineData("19:acme@thread.tacv2", ChatAddressKind.Channel)]
    [InlineData("29:1abc@unq.gbl.spaces", ChatAddressKind.Channel)]
    [InlineData("C0ACME", ChatAddressKind.Channel)]
    [InlineData("playground-customer", ChatAddressKind.Channel)]
    public void ForDestination_TellsEmailFromChatIds_TeamsIdsIncluded(string destination, ChatAddressKind kind) =>
        Assert.Equal(kind, ChatAddress.ForDestination(WorkspaceId.Parse("slack-T1"), destination).Kind);
}
