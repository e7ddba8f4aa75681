using StatusBot.Core.Chat;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Tests.Rendering;

public sealed class InputBlocksTests
{
    [Fact]
    public void For_UserInput_IsAPeoplePickerStartingOnTheGivenPerson()
    {
        var block = InputBlocks.For(new ChatInput { Id = "approver", Kind = ChatInputKind.User, Label = "Who approves", InitialValue = "U0BOSS", Optional = true });

        Assert.Equal(("users_select", "approver", "U0BOSS"), ((string?)block["element"]!["type"], (string?)block["element"]!["action_id"], (string?)block["element"]!["initial_user"]));
        Assert.True((bool)block["optional"]!);
    }

    [Fact]
    public void For_UsersInput_IsAMultiPeoplePickerStartingOnTheGivenPeople()
    {
        var element = InputBlocks.For(new ChatInput { Id = "coOwners", Kind = ChatInputKind.Users, Label = "Co-owners", InitialValue = "U1, U2", Optional = true })["element"]!;

        Assert.Equal(("multi_users_select", "coOwners"), ((string?)element["type"], (string?)element["action_id"]));
        Assert.Equal(["U1", "U2"], element["initial_users"]!.AsArray().Select(u => (string?)u));
    }

    [Fact]
    public void For_ChannelInput_IsAChannelPickerOnTheCurrentConversationWithoutBots()
    {
        var element = InputBlocks.For(new ChatInput { Id = "channel", Kind = ChatInputKind.Channel, Label = "Project channel" })["element"]!;

        Assert.Equal("conversations_select", (string?)element["type"]);
        Assert.True((bool)element["default_to_current_conversation"]!);
        Assert.True((bool)element["filter"]!["exclude_bot_users"]!);
        Assert.Null(element["max_length"]);
    }

    [Fact]
    public void For_ChannelInputWithAValue_StartsOnIt() =>
        Assert.Equal("C0PROJ", (string?)InputBlocks.For(new ChatInput { Id = "channel", Kind = ChatInputKind.Channel, Label = "Project channel", InitialValue = "C0PROJ" })["element"]!["initial_conversation"]);
}
