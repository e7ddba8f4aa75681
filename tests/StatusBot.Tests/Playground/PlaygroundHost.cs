using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Playground;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Playground;

/// <summary>The whole host in memory with the playground on, a fake clock, and helpers that speak Direct Line and the connector.</summary>
internal sealed partial class PlaygroundHost : IDisposable
{
    private readonly StatusBotFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public PlaygroundHost(IDictionary<string, string?>? settings = null, IPlaygroundBot? bot = null, Action<IServiceCollection>? services = null)
    {
        _factory = new StatusBotFactory(settings);
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            // In memory there is no HTTP for StatusBot's own bot to reach the connector with: a stand-in answers.
            if (bot is null)
            {
                s.AddSingleton<IPlaygroundBot, StandInPlaygroundBot>();
            }
            else
            {
                s.AddSingleton(bot);
            }

            services?.Invoke(s);
        }));
        Client = _host.CreateClient();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public HttpClient Client { get; }

    public IServiceProvider Services => _host.Services;

    public string ConnectorSecret => Services.GetRequiredService<PlaygroundConnectorSecret>().Value;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Loads the page and reads the token minted into it.</summary>
    public async Task<string> PageTokenAsync()
    {
        var html = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
        return PageToken().Match(html).Groups[1].Value;
    }

    /// <summary>Loads the page and reads the read-only token minted into it for the pane of <paramref name="channelId"/>.</summary>
    public async Task<string> PaneTokenAsync(string channelId)
    {
        var html = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
        return PaneToken().Matches(html).Single(m => m.Groups[1].Value == channelId).Groups[2].Value;
    }

    /// <summary>Starts (or rejoins) the demo user's conversation as Web Chat does.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", await PageTokenAsync());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadAsync(response);
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string? token, string json) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, json);

    public Task<HttpResponseMessage> GetActivitiesAsync(string conversationId, string? token, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

    /// <summary>The activities after <paramref name="watermark"/>, and the next watermark.</summary>
    public async Task<(JsonArray Activities, string Watermark)> ReadActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var response = await GetActivitiesAsync(conversationId, token, watermark);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        return (body["activities"]!.AsArray(), body["watermark"]!.GetValue<string>());
    }

    /// <summary>Polls until an activity matches, as Web Chat would.</summary>
    public async Task<JsonObject> WaitForActivityAsync(string conversationId, string token, Func<JsonObject, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested)
        {
            var (activities, _) = await ReadActivitiesAsync(conversationId, token);
            if (activities.OfType<JsonObject>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new TimeoutException($"No matching activity appeared in {conversationId} within 10 s.");
    }

    /// <summary>A call to the playground's Bot Connector, with the secret unless told otherwise.</summary>
    public Task<HttpResponseMessage> ConnectorAsync(HttpMethod method, string path, string json, string? secret = "") =>
        SendAsync(method, "/playground/v3/conversations" + path, secret == string.Empty ? ConnectorSecret : secret, json);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = Json(json);
        }

        return await Client.SendAsync(request);
    }

    public void Dispose()
    {
        Client.Dispose();
        _host.Dispose();
        _factory.Dispose();
    }

    [GeneratedRegex("name=\"statusbot-page-token\" content=\"([A-Za-z0-9_-]+)\"")]
    private static partial Regex PageToken();

    [GeneratedRegex("data-channel=\"([a-z-]+)\" data-token=\"([A-Za-z0-9_-]+)\"")]
    private static partial Regex PaneToken();
}
