using StatusBot.Core.Chat;
using StatusBot.Core.DueWork;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Workspaces;
using StatusBot.Slack.Installations;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Storage.Tables;

namespace StatusBot.Tests.Slack;

/// <summary>Installs into many workspaces through OAuth v2, against the fake Slack, and the app leaving a workspace.</summary>
public sealed class SlackInstallTests : IAsyncLifetime
{
    private static readonly WorkspaceId Workspace = SlackHost.Workspace;
    private SlackHost _s = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _s = await SlackHost.StartInstallableAsync();
        _browser = _s.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _s.DisposeAsync();
    }

    [Fact]
    public async Task An_install_sends_the_browser_to_slack_with_a_state_bound_to_it_by_a_cookie()
    {
        var started = await _browser.GetAsync(new Uri("/slack/install", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var location = started.Headers.Location!;
        Assert.Equal("https://slack.com/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(SlackHost.ClientId, query["client_id"]);
        Assert.Equal("channels:history,channels:read,chat:write,commands,files:write,groups:history,groups:read,im:history,im:write,users:read,users:read.email", query["scope"]);
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
        var exchange = Assert.Single(_s.Slack.Calls, c => c.Method == "oauth.v2.access");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SlackHost.ClientId}:{SlackHost.ClientSecret}")), exchange.Authorization);
        Assert.Equal("http://localhost/slack/oauth/callback", exchange.Field("redirect_uri"));
        var token = _s.Slack.Granted.Single().Token;
        var row = await RawInstallationAsync();
        Assert.NotNull(row);
        Assert.DoesNotContain(row!.Properties.Values, value => value is string text && text.Contains(token, StringComparison.Ordinal));

        var answer = await _s.Wire.CommandAsync("/commit", "", "U0OWNER", "C0PROJ", _s.Slack.ResponseUrl("c1"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Bearer " + token, Assert.Single(_s.Slack.Calls, c => c.Method == "views.open").Authorization);
    }

    [Fact]
    public async Task A_rotating_installation_round_trips_with_both_tokens_encrypted_and_replaces_only_its_own_version()
    {
        _s.Slack.RotateTokens = true;
        await InstallAsync("Acme");
        var store = _s.Get<ISlackInstallationStore>();

        var stored = (await store.GetAsync(SlackWire.Team))!;

        Assert.Equal(_s.Slack.Granted.Single().Token, stored.BotToken);
        Assert.StartsWith("xoxe-1-", stored.RefreshToken, StringComparison.Ordinal);
        Assert.Equal(_s.Clock.GetUtcNow().AddHours(12), stored.ExpiresAt);
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
        _s.Slack.InstallCodes["code-1"] = (SlackWire.Team, "Acme");

        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={state}", cookie: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={state}x", cookie)).StatusCode);
        Assert.Empty(_s.Slack.Calls);

        var (cancelledState, cancelledCookie) = await StartAsync();
        var cancelled = await CallbackAsync($"error=access_denied&state={cancelledState}", cancelledCookie);
        Assert.Equal(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.Contains("cancelled", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (lateState, lateCookie) = await StartAsync();
        _s.Clock.Advance(SlackInstallHandler.StateLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-1&state={lateState}", lateCookie)).StatusCode);
        Assert.Empty(_s.Slack.Calls);

        var (page, _) = await InstallAsync("Acme");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var (usedState, usedCookie) = (_lastState, _lastCookie);
        _s.Slack.InstallCodes["code-2"] = (SlackWire.Team, "Acme");
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync($"code=code-2&state={usedState}", usedCookie)).StatusCode);
        Assert.Single(_s.Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [Fact]
    public async Task Uninstalling_deletes_the_token_and_silences_the_workspace_until_it_is_installed_again()
    {
        await InstallAsync("Acme");
        var service = _s.Get<CommitmentService>();
        var runner = _s.Get<DueWorkRunner>();
        var created = (await service.CreateAsync(Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER")).Value!;

        var removed = await EventAsync("app_uninstalled", "Ev1");
        var again = await EventAsync("tokens_revoked", "Ev2", """{"bot":["UBOT"]}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (removed.StatusCode, again.StatusCode));
        Assert.Null(await RawInstallationAsync());
        Assert.Equal("app_uninstalled", (await _s.Get<IWorkspaceConnections>().GetDisconnectionAsync(Workspace))!.Reason);
        var whileRemoved = await RunUntilAsync(runner, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(_s.Slack.Calls, c => c.Method == "chat.postMessage");
        Assert.DoesNotContain(await service.HistoryAsync(Workspace, created.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
        // Stopped, not merely failing for want of a token: the wake-up was dropped once, not kept due and retried.
        var dropped = Assert.Single(whileRemoved, o => o.WakeUp.Workspace == Workspace);
        Assert.Equal((0, null), (dropped.Done.Count, dropped.Failure));

        await InstallAsync("Acme");
        await RunUntilAsync(runner, new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

        var posts = _s.Slack.Calls.Where(c => c.Method == "chat.postMessage").ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Equal("Bearer " + _s.Slack.Granted[^1].Token, post.Authorization));
        Assert.Contains(await service.HistoryAsync(Workspace, created.Id), e => e.Kind == CommitmentEventKind.CheckInSent);
    }

    [Fact]
    public async Task With_one_bot_token_an_uninstall_stops_the_workspace_and_its_next_request_resumes_it()
    {
        await using var single = await SlackHost.StartAsync();
        var wire = single.Wire;
        var connections = single.Get<IWorkspaceConnections>();
        await single.Get<CommitmentService>().CreateAsync(
            Workspace, new CommitmentInput("Export API", "Acme", "2026-11-27", "UTC", "U0OWNER", "C0PROJ", "C0ACME"), "U0OWNER");

        await wire.PostAsync("/slack/events", EventBody("app_uninstalled", "Ev1"), "application/json");
        Assert.NotNull(await connections.GetDisconnectionAsync(Workspace));

        var answer = await wire.CommandAsync("/commit", "list", "U0OWNER", "C0PROJ", single.Slack.ResponseUrl("c1"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(await connections.GetDisconnectionAsync(Workspace));
        var woken = await single.Get<IWakeUpSchedule>().ReadDueAsync(single.Clock.GetUtcNow(), 100);
        Assert.Contains(woken, w => w.Workspace == Workspace);
    }

    [Fact]
    public async Task Without_a_client_id_installs_are_off_and_say_so()
    {
        await using var single = await SlackHost.StartAsync();

        var answer = await single.Host.CreateClient().GetAsync(new Uri("/slack/install", UriKind.Relative));

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
        _s.Slack.InstallCodes[code] = (SlackWire.Team, teamName);
        var page = await CallbackAsync($"code={code}&state={state}", cookie);
        (_lastState, _lastCookie) = (state, cookie);
        return (page, await page.Content.ReadAsStringAsync());
    }

    private async Task<TableRow?> RawInstallationAsync()
    {
        var table = await _s.Get<ITableStore>().GetTableAsync("slackinstallations");
        return await table.GetAsync(SlackWire.Team, "installation");
    }

    private Task<HttpResponseMessage> EventAsync(string type, string eventId, string? tokens = null) =>
        _s.Wire.PostAsync("/slack/events", EventBody(type, eventId, tokens), "application/json");

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
            ["event_time"] = _s.Clock.GetUtcNow().ToUnixTimeSeconds(), ["event"] = inner,
        };
        return body.ToJsonString();
    }

    private async Task<List<WakeUpOutcome>> RunUntilAsync(DueWorkRunner runner, DateTimeOffset until)
    {
        var outcomes = new List<WakeUpOutcome>();
        while (_s.Clock.GetUtcNow() < until)
        {
            _s.Clock.Advance(TimeSpan.FromHours(1));
            outcomes.AddRange(await runner.RunDueAsync("host-a"));
        }

        return outcomes;
    }
}
