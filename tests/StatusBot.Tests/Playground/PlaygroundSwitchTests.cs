using System.Net;

namespace StatusBot.Tests.Playground;

public sealed class PlaygroundSwitchTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/playground/v3/conversations")]
    [InlineData("/playground/webchat.js")]
    public async Task Turned_off_no_playground_route_exists(string path)
    {
        using var host = new PlaygroundHost(new Dictionary<string, string?> { ["Playground:Enabled"] = "false" });

        var get = await host.SendAsync(HttpMethod.Get, path, null);
        var post = await host.SendAsync(HttpMethod.Post, path, null, "{}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://localhost:3978;http://192.0.2.10:3978")]
    public async Task Bound_beyond_loopback_it_is_off_by_default(string urls)
    {
        using var host = new PlaygroundHost(new Dictionary<string, string?> { ["urls"] = urls });

        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/", null)).StatusCode);
    }

    [Fact]
    public async Task Bound_beyond_loopback_it_can_be_turned_on()
    {
        using var host = new PlaygroundHost(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:3978", ["Playground:Enabled"] = "true" });

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(HttpMethod.Get, "/", null)).StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://localhost:5000;http://127.0.0.1:5001")]
    public async Task Bound_to_loopback_only_it_is_on(string urls)
    {
        using var host = new PlaygroundHost(new Dictionary<string, string?> { ["urls"] = urls });

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(HttpMethod.Get, "/", null)).StatusCode);
    }
}
