using StatusBot.Core.Chat;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

/// <summary>
/// The whole host serving Slack against a fake Slack Web API on loopback, on a clock the test moves, with signed
/// requests through <see cref="Wire"/>: in single-workspace mode, or with OAuth installs (<see cref="StartInstallableAsync"/>).
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");
    public const string ClientId = "111.222";
    public const string ClientSecret = "client-s3cret";

    private readonly StatusBotFactory _factory;

    private SlackHost(FakeSlackServer slack, StatusBotFactory factory, WebApplicationFactory<Program> host, FakeTimeProvider clock)
    {
        (Slack, _factory, Host, Clock) = (slack, factory, host, clock);
        Wire = new SlackWire(host.CreateClient(), Secret, clock);
    }

    public FakeSlackServer Slack { get; }

    public WebApplicationFactory<Program> Host { get; }

    public FakeTimeProvider Clock { get; }

    public SlackWire Wire { get; }

    /// <summary>Starts the host with one bot token; <paramref name="services"/> may replace registrations (a failing store, say).</summary>
    public static Task<SlackHost> StartAsync(Action<IServiceCollection>? services = null) =>
        StartAsync(new() { ["Slack:BotToken"] = "xoxb-journey" }, services);

    /// <summary>Starts the host with one bot token and the admin API on, with <paramref name="adminKey"/>.</summary>
    public static Task<SlackHost> StartWithAdminAsync(string adminKey) =>
        StartAsync(new() { ["Slack:BotToken"] = "xoxb-journey", ["Admin:ApiKey"] = adminKey }, null);

    /// <summary>Starts the host with no bot token but the app's OAuth client id and secret, for installs into many workspaces.</summary>
    public static Task<SlackHost> StartInstallableAsync() =>
        StartAsync(new() { ["Slack:ClientId"] = ClientId, ["Slack:ClientSecret"] = ClientSecret }, null);

    private static async Task<SlackHost> StartAsync(Dictionary<string, string?> mode, Action<IServiceCollection>? services)
    {
        var slack = await FakeSlackServer.StartAsync();
        var settings = new Dictionary<string, string?>(mode)
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
            // The longest wait the host allows: on a busy machine Slack's answer to a check can take past the default.
            ["Slack:Outbound:ReachCheckTimeout"] = "00:00:02.5",
        };
        var factory = new StatusBotFactory(settings);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        }));
        return new SlackHost(slack, factory, host, clock);
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>The modal that <paramref name="act"/> opened with views.open (exactly one).</summary>
    public async Task<JsonObject> OpenedViewAfter(Func<Task<HttpResponseMessage>> act)
    {
        var before = Slack.Delivered("views.open").Count;
        Assert.Equal(HttpStatusCode.OK, (await act()).StatusCode);
        await Eventually(() => Slack.Delivered("views.open").Count > before);
        Assert.Equal(before + 1, Slack.Delivered("views.open").Count);
        return Slack.Delivered("views.open")[^1].Json!["view"]!.AsObject();
    }

    /// <summary>The buttons of a posted message or published view, in order.</summary>
    public static List<JsonNode> Buttons(FakeSlackCall call) => Buttons(call.Json?["blocks"]?.AsArray() ?? call.Json?["view"]?["blocks"]?.AsArray());

    public static List<JsonNode> Buttons(JsonArray? blocks) =>
        [.. (blocks ?? []).Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()!).OfType<JsonNode>()];

    /// <summary>Waits (bounded) for background work that answers Slack after the acknowledgement.</summary>
    public static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "The expected Slack call did not happen within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _factory.Dispose();
        await Slack.DisposeAsync();
    }
}
