using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Chat;
using StatusBot.Slack.Outbound;

namespace StatusBot.Tests.Slack;

/// <summary>
/// The look for a message already delivered goes through every layer the host puts around the platforms (telemetry,
/// the sent-message log, the routing) down to Slack's history: a message a host posted just before it died, its receipt
/// never kept, is found by its key and kept, so it is not posted again.
/// </summary>
public sealed class SlackDeliveredLookupTests
{
    [Fact]
    public async Task A_message_posted_without_its_receipt_kept_is_found_through_the_hosts_chat_port()
    {
        await using var host = await SlackHost.StartAsync();
        var customer = ChatAddress.ToChannel(SlackHost.Workspace, "C0ACME");
        // As a host that died after Slack took the message and before it kept the receipt: straight to the platform.
        var posted = await host.Get<IEnumerable<IChatPlatform>>().OfType<SlackChatPort>().Single()
            .SendAsync(customer, new ChatMessage { Text = "New date" }, "slip:c1:warning");
        var chat = host.Get<IChatPort>();

        Assert.Equal(posted, await chat.FindDeliveredAsync(customer, "slip:c1:warning"));
        Assert.Null(await chat.FindDeliveredAsync(customer, "slip:c2:warning"));
        Assert.Equal(posted, await chat.SendAsync(customer, new ChatMessage { Text = "New date" }, "slip:c1:warning")); // kept: not posted again
        Assert.Single(host.Slack.Delivered("chat.postMessage"));
    }
}
