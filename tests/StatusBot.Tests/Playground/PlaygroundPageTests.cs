using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground;

public sealed class PlaygroundPageTests
{
    [Fact]
    public async Task The_page_loads_web_chat_with_a_fresh_token_and_is_never_cached_or_framed()
    {
        using var host = new PlaygroundHost();

        var first = await host.SendAsync(HttpMethod.Get, "/", null);
        var html = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("/playground/webchat.js", html, StringComparison.Ordinal);
        Assert.Contains("playground-customer", html, StringComparison.Ordinal);
        Assert.Contains("no-store", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", first.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.NotEqual(await host.PageTokenAsync(), await host.PageTokenAsync());
    }

    [Fact]
    public async Task The_web_chat_bundle_and_the_pages_script_are_served()
    {
        using var host = new PlaygroundHost();

        var bundle = await host.SendAsync(HttpMethod.Get, "/playground/webchat.js", null);
        var script = await host.SendAsync(HttpMethod.Get, "/playground/playground.js", null);

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Contains("createDirectLine", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_web_chat_bundle_the_page_says_how_to_get_it()
    {
        var empty = Directory.CreateTempSubdirectory("statusbot-no-assets-");
        try
        {
            using var host = new PlaygroundHost(services: s => s.AddSingleton(new PlaygroundAssets(empty.FullName)));

            var html = await (await host.SendAsync(HttpMethod.Get, "/", null)).Content.ReadAsStringAsync();

            Assert.Contains("assets-missing", html, StringComparison.Ordinal);
            Assert.Contains("install Node.js", html, StringComparison.Ordinal);
            Assert.Contains("dotnet build src/StatusBot", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Get, "/playground/webchat.js", null)).StatusCode);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        using var host = new PlaygroundHost();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        var response = await host.Client.SendAsync(request);

        PlaygroundHost.AssertProblem(response, HttpStatusCode.Forbidden);
    }
}
