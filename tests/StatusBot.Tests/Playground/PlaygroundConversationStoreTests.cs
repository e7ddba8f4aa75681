using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

public sealed class PlaygroundConversationStoreTests
{
    [Fact]
    public void Append_beyond_the_cap_drops_the_oldest_activities()
    {
        var store = new PlaygroundConversationStore();
        store.Ensure("c");

        for (var i = 0; i < PlaygroundConversationStore.MaxActivitiesPerConversation + 5; i++)
        {
            store.Append("c", new JsonObject { ["type"] = "message", ["text"] = $"m{i}" });
        }

        var page = store.Read("c", null)!;
        Assert.Equal(PlaygroundConversationStore.MaxActivitiesPerConversation, page.Activities.Count);
        Assert.Equal("m5", page.Activities[0]["text"]!.GetValue<string>());
    }

    [Fact]
    public void Ensure_beyond_the_cap_drops_the_least_recently_used_conversation_but_never_a_channel()
    {
        var store = new PlaygroundConversationStore();
        store.Ensure("first");
        for (var i = 0; i < PlaygroundConversationStore.MaxConversations; i++)
        {
            store.Ensure($"c{i}");
        }

        Assert.False(store.Exists("first"));
        Assert.True(store.Exists(PlaygroundWorkspace.CustomerChannelId));
        Assert.True(store.Exists(PlaygroundWorkspace.ProjectChannelId));
        Assert.True(store.Exists($"c{PlaygroundConversationStore.MaxConversations - 1}"));
    }

    [Fact]
    public void Append_to_a_missing_conversation_changes_nothing()
    {
        var store = new PlaygroundConversationStore();

        Assert.Null(store.Append("missing", new JsonObject { ["type"] = "message" }));
        Assert.Null(store.Read("missing", null));
    }
}
