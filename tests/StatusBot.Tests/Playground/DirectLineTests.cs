using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

public sealed class DirectLineTests
{
    [Fact]
    public async Task The_page_token_starts_the_users_conversation_with_a_conversation_token()
    {
        using var host = new PlaygroundHost();
        var pageToken = await host.PageTokenAsync();

        var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", pageToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await PlaygroundHost.ReadAsync(response);
        Assert.Equal("dm-playground-user", body["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        var token = body["token"]!.GetValue<string>();
        Assert.Equal(43, token.Length);
        Assert.NotEqual(pageToken, token);
    }

    [Fact]
    public async Task A_message_is_echoed_completed_and_the_stand_in_bot_answers_from_the_bot_side()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();

        var posted = await host.PostActivityAsync(conversation, token,
            """{"type":"message","text":"hello","localTimezone":"Europe/Berlin","channelData":{"clientActivityID":"c1"}}""");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await PlaygroundHost.ReadAsync(posted))["id"]!.GetValue<string>();
        var answer = await host.WaitForActivityAsync(conversation, token, a => a["replyToId"]?.GetValue<string>() == id);
        Assert.Equal(StandInPlaygroundBot.Answer, answer["text"]!.GetValue<string>());
        Assert.Equal("bot", answer["from"]!["role"]!.GetValue<string>());
        var (activities, _) = await host.ReadActivitiesAsync(conversation, token);
        var echo = activities[0]!.AsObject();
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("c1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("Europe/Berlin", echo["localTimezone"]!.GetValue<string>());
        Assert.Equal("playground-user", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("statusbot", echo["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("playground", echo["channelId"]!.GetValue<string>());
        Assert.Equal("personal", echo["conversation"]!["conversationType"]!.GetValue<string>());
        Assert.Equal("playground", echo["conversation"]!["tenantId"]!.GetValue<string>());
        Assert.Equal("http://localhost/playground/", echo["serviceUrl"]!.GetValue<string>());
        Assert.Equal("2026-11-23T09:00:00.000Z", echo["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_bot_receives_the_completed_activity_with_text_and_value()
    {
        var bot = new RecordingPlaygroundBot();
        using var host = new PlaygroundHost(bot: bot);
        var (conversation, token) = await host.StartAsync();

        await host.PostActivityAsync(conversation, token, """{"type":"message","value":{"choice":"slipping"},"channelData":{"postBack":true}}""");

        var received = await bot.WaitForAsync(a => a["value"] is not null);
        Assert.Equal("slipping", received["value"]!["choice"]!.GetValue<string>());
        Assert.Equal("playground-user", received["from"]!["id"]!.GetValue<string>());
        Assert.Equal("dm-playground-user", received["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_watermark_returns_only_newer_activities()
    {
        using var host = new PlaygroundHost(bot: new RecordingPlaygroundBot());
        var (conversation, token) = await host.StartAsync();
        await host.PostActivityAsync(conversation, token, """{"type":"message","text":"one"}""");
        var (first, watermark) = await host.ReadActivitiesAsync(conversation, token);

        await host.PostActivityAsync(conversation, token, """{"type":"message","text":"two"}""");
        var (newer, next) = await host.ReadActivitiesAsync(conversation, token, watermark);
        var (none, last) = await host.ReadActivitiesAsync(conversation, token, next);

        Assert.Equal("one", Assert.Single(first)!["text"]!.GetValue<string>());
        Assert.Equal("two", Assert.Single(newer)!["text"]!.GetValue<string>());
        Assert.Empty(none);
        Assert.Equal(next, last);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("4mYbKgSGV2WqN3pmw3NTHpQy3vmXE8s9a1R0kDqVvQU")]
    public async Task Requests_without_a_valid_token_get_401_and_change_nothing(string? token)
    {
        using var host = new PlaygroundHost();
        var (conversation, real) = await host.StartAsync();

        var post = await host.PostActivityAsync(conversation, token, """{"type":"message","text":"intruder"}""");
        var get = await host.GetActivitiesAsync(conversation, token);
        var start = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var refresh = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        PlaygroundHost.AssertProblem(post, HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(get, HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(start, HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(refresh, HttpStatusCode.Unauthorized);
        Assert.Empty((await host.ReadActivitiesAsync(conversation, real)).Activities);
    }

    [Fact]
    public async Task The_page_token_cannot_read_or_post()
    {
        using var host = new PlaygroundHost();
        var pageToken = await host.PageTokenAsync();

        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync("dm-playground-user", pageToken), HttpStatusCode.Unauthorized);
        PlaygroundHost.AssertProblem(await host.PostActivityAsync("dm-playground-user", pageToken, """{"type":"message"}"""), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_another()
    {
        using var host = new PlaygroundHost();
        var (_, token) = await host.StartAsync();
        await host.ConnectorAsync(HttpMethod.Post, "", """{"members":[{"id":"someone-else"}]}""");

        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync("dm-someone-else", token), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_expired_token_gets_401_and_a_refreshed_one_works()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var refreshed = await PlaygroundHost.ReadAsync(await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token));
        var newToken = refreshed["token"]!.GetValue<string>();

        host.Clock.Advance(TimeSpan.FromMinutes(16));

        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync(conversation, token), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await host.GetActivitiesAsync(conversation, newToken)).StatusCode);
    }

    [Fact]
    public async Task Reconnecting_answers_the_conversation()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();

        var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation}?watermark=", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversation, (await PlaygroundHost.ReadAsync(response))["conversationId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"conversationUpdate"}""")]
    public async Task A_malformed_activity_gets_400_with_a_problem_and_changes_nothing(string body)
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();

        var response = await host.PostActivityAsync(conversation, token, body);

        PlaygroundHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace((await PlaygroundHost.ReadAsync(response))["detail"]?.GetValue<string>()));
        Assert.Empty((await host.ReadActivitiesAsync(conversation, token)).Activities);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415_and_a_bad_watermark_400()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation}/activities", UriKind.Relative))
        {
            Content = new StringContent("type=message", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new("Bearer", token);

        PlaygroundHost.AssertProblem(await host.Client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
        PlaygroundHost.AssertProblem(await host.GetActivitiesAsync(conversation, token, "yesterday"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_oversized_activity_gets_413()
    {
        using var host = new PlaygroundHost();
        var (conversation, token) = await host.StartAsync();
        var text = new string('x', PlaygroundRequest.BodyLimit);

        var response = await host.PostActivityAsync(conversation, token, new JsonObject { ["type"] = "message", ["text"] = text }.ToJsonString());

        PlaygroundHost.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
