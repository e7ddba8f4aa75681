using StatusBot.Core.Chat;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Core.Commitments;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

public sealed class SlackRefusalTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/events")]
    public async Task Requests_that_are_not_from_slack_are_refused_and_change_nothing(string path)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var factory = Factory(slack);
        var client = factory.CreateClient();
        var wire = new SlackWire(client, Secret, TimeProvider.System);
        var forged = new SlackWire(client, "not-the-secret", TimeProvider.System);
        var body = SlackWire.Form(new() { ["team_id"] = "T0123", ["user_id"] = "U1", ["channel_id"] = "C1", ["command"] = "/digest", ["text"] = "off",
            ["response_url"] = slack.ResponseUrl("r").ToString(), ["trigger_id"] = "t" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsync(path, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wire.PostAsync(path, body, signedAt: DateTimeOffset.UtcNow.AddMinutes(-6))).StatusCode);
        using (var unsigned = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(new Uri(path, UriKind.Relative), unsigned)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await wire.PostAsync(path, new string('x', 70_000))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await wire.PostAsync(path, "payload=%7Bnot-json")).StatusCode);
        Assert.Empty(slack.Calls);
        Assert.Empty(await factory.Services.GetRequiredService<CommitmentService>().ListAsync(WorkspaceId.Parse("slack-T0123")));
    }

    [Fact]
    public async Task Without_a_signing_secret_every_slack_request_is_refused()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        using var factory = new StatusBotFactory(new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString() });
        var wire = new SlackWire(factory.CreateClient(), Secret, TimeProvider.System);

        var response = await wire.PostAsync("/slack/events", """{"type":"url_verification","challenge":"c"}""", "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StatusBotFactory Factory(FakeSlackServer slack) => new(new Dictionary<string, string?>
    {
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = "xoxb-refusals",
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["Scheduler:Enabled"] = "false",
    });
}
