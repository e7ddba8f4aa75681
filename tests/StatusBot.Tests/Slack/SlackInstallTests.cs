using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Workspaces;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Storage.Tables;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Slack;

/// <summary>Installs into many workspaces through OAuth v2, against the fake Slack, and the app leaving a workspace.</summary>
public sealed class SlackInstallTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Workspace = "slack-" + SlackWire.Team;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private FakeSlackServer _slack = null!;
    private StatusBotFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _browser = null!;
    private SlackWire _wire = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:ClientId"] = "111.222",
            ["Slack:ClientSecret"] = "client-s3cret",
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(),
            ["Scheduler:Enabled"] = "false",
        });
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        _browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        _wire = new SlackWire(_host.CreateClient(), Secret, _clock);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_install_sends_the_browser_to_slack_with_a_state_bound_to_it_by_a_cookie()
    {
        var started = await _browser.GetAsync(new Uri("/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!;
        Assert.Equal("https://slack.com/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("111.222", query["client_id"]);
        Assert.Equal("chat:write,commands,im:write,users:read", query["scope"]);
        Assert.Equal("http://localhost/slack/oauth/callback", query["redirect_uri"]);
        var cookie = Assert.Single(started.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{SlackInstallHandler.StateCookie}={query["state"]};", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/slack/oauth/callback", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(query["state"].ToString().Length >= 43, "The state should carry 256 random bits.");
    }

    [Fact]
    public async Task After_an_install_the_workspace_is_served_with_its_own_token_which_is_stored_encrypted()
    {
        var (page, body) = await InstallAsync("<b>Acme</b>");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("&lt;b&gt;Acme&lt;/b&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Acme", body, StringComparison.Ordinal);
        var exchange = Assert.Single(_slack.Calls, c => c.Method == "oauth.v2.access");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("111.222:client-s3cret")), exchange.Authorization);
        Assert.Equal("http://localhost/slack/oauth/callback", exchange.Field("redirect_uri"));
        var token = _slack.Granted.Single().Token;
        var row = await RawInstallationAsync();
        Assert.NotNull(row);
        Assert.DoesNotContain(row!.Properties.Values, value => value is string text && text.Contains(token, StringComparison.Ordinal));

        var answer = await _wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _slack.ResponseUrl("c1"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Bearer " + token, Assert.Single(_slack.Calls, c => c.Method == "views.open").Authorization);
    }

    [Fact]
    public async Task A_rotating_installation_round_trips_with_both_tokens_encrypted_and_replaces_only_its_own_version()
    {
        _slack.RotateTokens = true;
        await InstallAsync("Acme");
        var store = _host.Services.GetRequiredService<ISlackInstallationStore>();

        var stored = (await store.GetAsync(SlackWire.Team))!;

        Assert.Equal(_slack.Granted.Single().Token, stored.BotToken);
        Assert.StartsWith("xoxe-1-", stored.RefreshToken, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().AddHours(12), stored.ExpiresAt);
        var row = (await RawInstallationAsync())!;
        Assert.DoesNotContain(row.Properties.Values, value => value is string text && (text.Contains(stored.BotToken, StringComparison.Ordinal) || text.Contains(stored.RefreshToken!, StringComparison.Ordinal)));
        Assert.True(await store.TryReplaceAsync(stored with { BotToken = "xoxe.xoxb-next" }));
        Assert.False(await store.TryReplaceAsync(stored with { BotToken = "xoxe.xoxb-stale" }));
        Assert.Equal("xoxe.xoxb-next", (await store.GetAsync(SlackWire.Team))!.BotToken);
    }

    [Fact]
    public async Task A_callback_is_refused_without_the_cookie_with_another_state_when_cancelled_late_or_replayed()
    {
        var (state, cookie) = await StartAsync();
        _slack.InstallCodes["code-1"] = (SlackWire.Team, "Acme");

        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={state}", cookie: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={state}x", cookie)).StatusCode);
        Assert.Empty(_slack.Calls);

        var (cancelledState, cancelledCookie) = await StartAsync();
        var cancelled = await CallbackAsync($"error=access_denied&state={cancelledState}", cancelledCookie);
        Assert.Equal(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.Contains("cancelled", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (lateState, lateCookie) = await StartAsync();
        _clock.Advance(SlackInstallHandler.StateLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={lateState}", lateCookie)).StatusCode);
        Assert.Empty(_slack.Calls);

        var (page, _) = await InstallAsync("Acme");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var (usedState, usedCookie) = (_lastState, _lastCookie);
        _slack.InstallCodes["code-2"] = (SlackWire.Team, "Acme");
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-2&state={usedState}", usedCookie)).StatusCode);
        Assert.Single(_slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [Fact]
    public async Task Uninstalling_deletes_the_token_and_silences_the_workspace_until_it_is_installed_again()
    {
        await InstallAsync("Acme");
        var service = _host.Services.GetRequiredService<CommitmentService>();
        var runner = _host.Services.GetRequiredService<CheckInRunner>();
        var created = (await service.CreateAsync(Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER")).Value!;

        var removed = await EventAsync("app_uninstalled", "Ev1");
        var again = await EventAsync("tokens_revoked", "Ev2", """{"bot":["UBOT"]}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (removed.StatusCode, again.StatusCode));
        Assert.Null(await RawInstallationAsync());
        Assert.Equal("app_uninstalled", (await _host.Services.GetRequiredService<IWorkspaceConnections>().GetDisconnectionAsync(Workspace))!.Reason);
        var whileRemoved = await RunUntilAsync(runner, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "chat.postMessage");
        Assert.DoesNotContain(await service.HistoryAsync(Workspace, created.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        // Stopped, not merely failing for want of a token: the wake-up was dropped once, not kept due and retried.
        var dropped = Assert.Single(whileRemoved, o => o.WakeUp.Workspace == Workspace);
        Assert.Equal((0, null), (dropped.Done.Count, dropped.Failure));

        await InstallAsync("Acme");
        await RunUntilAsync(runner, new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

        var posts = _slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Equal("Bearer " + _slack.Granted[^1].Token, post.Authorization));
        Assert.Contains(await service.HistoryAsync(Workspace, created.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
    }

    [Fact]
    public async Task With_one_bot_token_an_uninstall_stops_the_workspace_and_its_next_request_resumes_it()
    {
        using var single = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret, ["Slack:BotToken"] = "xoxb-one", ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.ToString(), ["Scheduler:Enabled"] = "false",
        });
        await using var host = single.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        var wire = new SlackWire(host.CreateClient(), Secret, _clock);
        var connections = host.Services.GetRequiredService<IWorkspaceConnections>();
        await host.Services.GetRequiredService<CommitmentService>().CreateAsync(
            Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");

        await wire.PostAsync("/slack/events", EventBody("app_uninstalled", "Ev1"), "application/json");
        Assert.NotNull(await connections.GetDisconnectionAsync(Workspace));

        var answer = await wire.CommandAsync("/commit", "list", "U0OWNER", "C0PROJ", _slack.ResponseUrl("c1"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(await connections.GetDisconnectionAsync(Workspace));
        var woken = await host.Services.GetRequiredService<IWakeUpSchedule>().ReadDueAsync(_clock.GetUtcNow(), 100);
        Assert.Contains(woken, w => w.Workspace == Workspace);
    }

    [Fact]
    public async Task Without_a_client_id_installs_are_off_and_say_so()
    {
        using var single = new StatusBotFactory(new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-one", ["Scheduler:Enabled"] = "false" });

        var answer = await single.CreateClient().GetAsync(new Uri("/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("Slack:ClientId", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private string? _lastState;
    private string? _lastCookie;

    private async Task<(string State, string Cookie)> StartAsync()
    {
        var started = await _browser.GetAsync(new Uri("/slack/install", UriKind.Relative));
        var state = QueryHelpers.ParseQuery(started.Headers.Location!.Query)["state"].ToString();
        var cookie = started.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        return (state, cookie);
    }

    private async Task<HttpResponseMessage> CallbackAsync(string query, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/slack/oauth/callback?" + query, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await _browser.SendAsync(request);
    }

    private async Task<(HttpResponseMessage Page, string Body)> InstallAsync(string teamName)
    {
        var (state, cookie) = await StartAsync();
        var code = "code-" + Guid.NewGuid().ToString("N");
        _slack.InstallCodes[code] = (SlackWire.Team, teamName);
        var page = await CallbackAsync($"code={code}&state={state}", cookie);
        (_lastState, _lastCookie) = (state, cookie);
        return (page, await page.Content.ReadAsStringAsync());
    }

    private async Task<TableRow?> RawInstallationAsync()
    {
        var table = await _host.Services.GetRequiredService<ITableStore>().GetTableAsync("slackinstallations");
        return await table.GetAsync(SlackWire.Team, "installation");
    }

    private Task<HttpResponseMessage> EventAsync(string type, string eventId, string? tokens = null) =>
        _wire.PostAsync("/slack/events", EventBody(type, eventId, tokens), "application/json");

    private string EventBody(string type, string eventId, string? tokens = null)
    {
        var inner = new JsonObject { ["type"] = type };
        if (tokens is not null)
        {
            inner["tokens"] = JsonNode.Parse(tokens);
        }

        var body = new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = SlackWire.Team, ["api_app_id"] = "A0APP", ["event_id"] = eventId,
            ["event_time"] = _clock.GetUtcNow().ToUnixTimeSeconds(), ["event"] = inner,
        };
        return body.ToJsonString();
    }

    private async Task<List<WakeUpOutcome>> RunUntilAsync(CheckInRunner runner, DateTimeOffset until)
    {
        var outcomes = new List<WakeUpOutcome>();
        while (_clock.GetUtcNow() < until)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            outcomes.AddRange(await runner.RunDueAsync("host-a"));
        }

        return outcomes;
    }
}
