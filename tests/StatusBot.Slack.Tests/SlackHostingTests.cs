using StatusBot.Slack.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests;

public sealed class SlackHostingTests
{
    [Fact]
    public async Task AddStatusBotSlack_ConfiguredBaseUrlWithoutSlash_ClientPostsToTheConfiguredApi()
    {
        await using var server = await FakeSlackServer.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-hosted",
            ["Slack:ApiBaseUrl"] = server.ApiBaseUrl.ToString().TrimEnd('/'),
        });
        builder.AddStatusBotSlack();
        using var host = builder.Build();

        var client = host.Services.GetRequiredService<SlackApiClient>();
        await client.PostMessageAsync("T1", "C1", "hi", null);

        var call = Assert.Single(server.Delivered("chat.postMessage"));
        Assert.Equal("Bearer xoxb-hosted", call.Authorization);
    }

    [Fact]
    public void AddStatusBotSlack_ZeroAttempts_FailsNamingTheKey()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:Outbound:MaxAttempts"] = "0" });
        builder.AddStatusBotSlack();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SlackOutboundOptions>>().Value);

        Assert.Contains("Slack:Outbound:MaxAttempts", error.Message, StringComparison.Ordinal);
    }
}
