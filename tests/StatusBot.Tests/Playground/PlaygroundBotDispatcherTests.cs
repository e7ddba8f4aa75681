using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

public sealed class PlaygroundBotDispatcherTests
{
    private sealed class FailingBot : IPlaygroundBot
    {
        public Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The bot is broken.");
    }

    [Fact]
    public async Task A_failing_bot_is_reported_to_the_user_in_the_chat()
    {
        using var host = new PlaygroundHost(bot: new FailingBot());
        var (conversation, token) = await host.StartAsync();

        await host.PostActivityAsync(conversation, token, """{"type":"message","text":"hello"}""");

        var notice = await host.WaitForActivityAsync(conversation, token, a => a["from"]?["role"]?.GetValue<string>() == "bot");
        Assert.Equal(PlaygroundBotDispatcher.Failure, notice["text"]!.GetValue<string>());
    }
}
