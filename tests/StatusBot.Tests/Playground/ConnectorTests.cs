using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

public sealed class ConnectorTests
{
    [Fact]
    public async Task What_the_bot_posts_with_the_secret_appears_in_web_chat_as_the_bots()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();

        var response = await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"Is the export on track?"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await PlaygroundHost.ReadAsync(response))["id"]!.GetValue<string>();
        var shown = Assert.Single((await host.ReadActivitiesAsync(conversation, token)).Activities)!;
        Assert.Equal(id, shown["id"]!.GetValue<string>());
        Assert.Equal("Is the export on track?", shown["text"]!.GetValue<string>());
        Assert.Equal("bot", shown["from"]!["role"]!.GetValue<string>());
        Assert.Equal("statusbot", shown["from"]!["id"]!.GetValue<string>());
        Assert.Equal("playground-user", shown["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creating_a_1_to_1_conversation_answers_the_users_conversation()
    {
        using var host = new PlaygroundHost();

        var response = await host.ConnectorAsync(HttpMethod.Post, "", """{"bot":{"id":"statusbot"},"members":[{"id":"playground-user"}],"channelData":{"tenant":{"id":"playground"}}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("dm-playground-user", (await PlaygroundHost.ReadAsync(response))["id"]!.GetValue<string>());
        var (conversation, _) = await host.StartAsync();
        Assert.Equal("dm-playground-user", conversation);
    }

    [Fact]
    public async Task A_reply_carries_reply_to_id()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();
        var first = await PlaygroundHost.ReadAsync(await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"one"}"""));
        var firstId = first["id"]!.GetValue<string>();

        await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities/{Uri.EscapeDataString(firstId)}", """{"type":"message","text":"two"}""");

        var (activities, _) = await host.ReadActivitiesAsync(conversation, token);
        Assert.Equal(firstId, activities[1]!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_replaces_the_activity_in_place_and_reaches_pollers_again()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();
        var sent = await PlaygroundHost.ReadAsync(await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"Draft"}"""));
        var id = sent["id"]!.GetValue<string>();
        await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"Later"}""");
        var (before, watermark) = await host.ReadActivitiesAsync(conversation, token);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var updated = await host.ConnectorAsync(HttpMethod.Put, $"/{conversation}/activities/{Uri.EscapeDataString(id)}", """{"type":"message","text":"Sent"}""");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var again = Assert.Single((await host.ReadActivitiesAsync(conversation, token, watermark)).Activities)!;
        Assert.Equal(id, again["id"]!.GetValue<string>());
        Assert.Equal("Sent", again["text"]!.GetValue<string>());
        Assert.Equal(before[0]!["timestamp"]!.GetValue<string>(), again["timestamp"]!.GetValue<string>());
        var (all, _) = await host.ReadActivitiesAsync(conversation, token);
        Assert.Equal(["Later", "Sent"], all.Select(a => a!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Updating_an_unknown_activity_or_posting_to_an_unknown_conversation_is_404()
    {
        using var host = new PlaygroundHost();

        PlaygroundHost.AssertProblem(
            await host.ConnectorAsync(HttpMethod.Put, "/dm-playground-user/activities/nope", """{"type":"message","text":"x"}"""), HttpStatusCode.NotFound);
        PlaygroundHost.AssertProblem(
            await host.ConnectorAsync(HttpMethod.Post, "/no-such-conversation/activities", """{"type":"message","text":"x"}"""), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task Connector_calls_without_the_secret_get_401_and_change_nothing(string? secret)
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();

        var post = await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"spoof"}""", secret);
        var create = await host.ConnectorAsync(HttpMethod.Post, "", """{"members":[{"id":"x"}]}""", secret);
        var withToken = await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", """{"type":"message","text":"spoof"}""", token);

        PlaygroundHost.AssertProblem(post, HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(create, HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(withToken, HttpStatusCode.Unauthorized);
        Assert.Empty((await host.ReadActivitiesAsync(conversation, token)).Activities);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"members":[]}""")]
    [InlineData("""{"members":[{"id":"a"},{"id":"b"}]}""")]
    [InlineData("""{"members":[{"id":"has space"}]}""")]
    public async Task Creating_anything_but_a_1_to_1_conversation_is_400(string body)
    {
        using var host = new PlaygroundHost();

        PlaygroundHost.AssertProblem(await host.ConnectorAsync(HttpMethod.Post, "", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task What_the_bot_sends_to_the_customer_channel_reaches_its_pane_through_direct_line_read_only()
    {
        using var host = new PlaygroundHost();
        var (dm, _) = await host.StartAsync();
        var pane = await host.PaneTokenAsync(PlaygroundWorkspace.CustomerChannelId);

        await host.ConnectorAsync(HttpMethod.Post, "/playground-customer/activities", """{"type":"message","text":"<b>We will be late</b>"}""");

        var (activities, _) = await host.ReadActivitiesAsync(PlaygroundWorkspace.CustomerChannelId, pane);
        var message = Assert.Single(activities)!;
        Assert.Equal("<b>We will be late</b>", message["text"]!.GetValue<string>());
        Assert.Equal("channel", message["conversation"]!["conversationType"]!.GetValue<string>());
        // The pane's token reads that channel only, and cannot speak in it.
        PlaygroundHost.AssertProblem(await host.PostActivityAsync(PlaygroundWorkspace.CustomerChannelId, pane, """{"type":"message","text":"hi"}"""), HttpStatusCode.Forbidden);
        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync(dm, pane), HttpStatusCode.Forbidden);
        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync(PlaygroundWorkspace.CustomerChannelId, null), HttpStatusCode.Unauthorized);
        Assert.Single((await host.ReadActivitiesAsync(PlaygroundWorkspace.CustomerChannelId, pane)).Activities);
    }

    [Fact]
    public async Task Action_execute_goes_out_as_a_submit_and_comes_back_as_an_invoke_whose_card_replaces_the_clicked_one()
    {
        var bot = new RecordingPlaygroundBot
        {
            InvokeResponse = JsonNode.Parse("""
                {"statusCode":200,"type":"application/vnd.microsoft.card.adaptive",
                 "value":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Thanks: on track"}]}}
                """)!.AsObject(),
        };
        using var host = new PlaygroundHost(bot: bot);
        var (conversation, token) = await host.StartAsync();
        const string card = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":
              {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"On track?"}],
               "actions":[{"type":"Action.Execute","title":"On track","verb":"checkin.onTrack","data":{"commitment":"c1"}}]}}]}
            """;
        var cardId = (await PlaygroundHost.ReadAsync(await host.ConnectorAsync(HttpMethod.Post, $"/{conversation}/activities", card)))["id"]!.GetValue<string>();
        var (shown, watermark) = await host.ReadActivitiesAsync(conversation, token);
        var action = shown[0]!["attachments"]![0]!["content"]!["actions"]![0]!.AsObject();
        Assert.Equal("Action.Submit", action["type"]!.GetValue<string>());

        // What Web Chat posts when the user clicks it: a postBack message whose value is the action's data.
        var value = action["data"]!.DeepClone().AsObject();
        await host.PostActivityAsync(conversation, token, new JsonObject { ["type"] = "message", ["value"] = value, ["channelData"] = new JsonObject { ["postBack"] = true } }.ToJsonString());

        var invoke = await bot.WaitForAsync(a => a["type"]?.GetValue<string>() == "invoke");
        Assert.Equal("adaptiveCard/action", invoke["name"]!.GetValue<string>());
        Assert.Equal(cardId, invoke["replyToId"]!.GetValue<string>());
        Assert.Equal("Action.Execute", invoke["value"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal("checkin.onTrack", invoke["value"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("""{"commitment":"c1"}""", invoke["value"]!["action"]!["data"]!.ToJsonString());
        var replaced = await host.WaitForActivityAsync(conversation, token,
            a => a["id"]?.GetValue<string>() == cardId && a.ToJsonString().Contains("Thanks: on track", StringComparison.Ordinal));
        Assert.NotNull(replaced);
        Assert.NotEmpty((await host.ReadActivitiesAsync(conversation, token, watermark)).Activities);
    }
}
