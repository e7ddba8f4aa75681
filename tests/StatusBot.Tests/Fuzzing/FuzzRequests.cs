using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using StatusBot.Teams.Tests.Fakes;
using StatusBot.Tests.Slack;
using StatusBot.Tests.Teams;

namespace StatusBot.Tests.Fuzzing;

/// <summary>
/// One generated request per call for each endpoint of the host: the admin API's routes with fuzzed path segments and
/// bodies (with the key), and Slack's and Teams' endpoints with fuzzed payloads that are correctly signed, so they reach
/// the handlers rather than stop at authentication.
/// </summary>
internal sealed class FuzzRequests(FuzzValues fuzz, string slackSecret, SecurityKey teamsKey, Uri serviceUrl, Uri slackResponseUrl)
{
    public const string AdminKey = "fuzz-admin-key-0123456789";

    private static readonly (HttpMethod Method, string Route, string? Body)[] AdminRoutes =
    [
        (HttpMethod.Get, "/api/workspaces/{ws}/commitments", null),
        (HttpMethod.Post, "/api/workspaces/{ws}/commitments", "commitment"),
        (HttpMethod.Post, "/api/workspaces/{ws}/commitments/import", "csv"),
        (HttpMethod.Get, "/api/workspaces/{ws}/commitments/{id}", null),
        (HttpMethod.Patch, "/api/workspaces/{ws}/commitments/{id}", "commitment"),
        (HttpMethod.Delete, "/api/workspaces/{ws}/commitments/{id}", null),
        (HttpMethod.Post, "/api/workspaces/{ws}/commitments/{id}/check-in", null),
        (HttpMethod.Get, "/api/workspaces/{ws}/settings/check-ins", null),
        (HttpMethod.Put, "/api/workspaces/{ws}/settings/check-ins", "settings"),
        (HttpMethod.Get, "/api/workspaces/{ws}/settings/holidays", null),
        (HttpMethod.Put, "/api/workspaces/{ws}/settings/holidays", "holidays"),
        (HttpMethod.Get, "/api/workspaces/{ws}/people", null),
        (HttpMethod.Get, "/api/workspaces/{ws}/people/{user}", null),
        (HttpMethod.Put, "/api/workspaces/{ws}/people/{user}", "person"),
        (HttpMethod.Get, "/api/workspaces/{ws}/channels/{channel}/digest", null),
        (HttpMethod.Post, "/api/workspaces/{ws}/channels/{channel}/digest", null),
        (HttpMethod.Get, "/api/workspaces/{ws}/channels/{channel}/digest/schedule", null),
        (HttpMethod.Put, "/api/workspaces/{ws}/channels/{channel}/digest/schedule", "schedule"),
        (HttpMethod.Delete, "/api/workspaces/{ws}/channels/{channel}/digest/schedule", null),
        (HttpMethod.Get, "/api/workspaces/{ws}/customers/{name}/ledger", null),
    ];

    /// <summary>Every endpoint, by name, with the builder of its next request.</summary>
    public IReadOnlyList<(string Name, Func<HttpRequestMessage> Next)> Endpoints =>
    [
        .. AdminRoutes.Select(r => ($"{r.Method} {r.Route}", (Func<HttpRequestMessage>)(() => Admin(r.Method, r.Route, r.Body)))),
        ("POST /slack/commands", SlackCommand),
        ("POST /slack/interactions", SlackInteraction),
        ("POST /slack/events", SlackEvent),
        ("POST /api/messages", TeamsActivity),
    ];

    private HttpRequestMessage Admin(HttpMethod method, string route, string? body)
    {
        var path = route
            .Replace("{ws}", Segment(fuzz.Pick(["slack-T0123ABC", "teams-playground", "teams-99999999-8888-7777-6666-555555555555"])), StringComparison.Ordinal)
            .Replace("{id}", Segment("c-1"), StringComparison.Ordinal)
            .Replace("{user}", Segment("U0OWNER"), StringComparison.Ordinal)
            .Replace("{channel}", Segment("C0PROJ"), StringComparison.Ordinal)
            .Replace("{name}", Segment("Acme"), StringComparison.Ordinal);
        var request = new HttpRequestMessage(method, new Uri(path + (fuzz.Random.Next(6) == 0 ? "?days=" + Uri.EscapeDataString(fuzz.Text().Replace("\0", "", StringComparison.Ordinal)) : ""), UriKind.Relative));
        request.Headers.Add("X-Api-Key", AdminKey);
        request.Content = body switch
        {
            null => null,
            "csv" => new StringContent(Csv(), Encoding.UTF8, "text/csv"),
            "holidays" when fuzz.Random.Next(2) == 0 => new StringContent("BEGIN:VCALENDAR\r\n" + fuzz.Text() + "\r\nEND:VCALENDAR", Encoding.UTF8, "text/calendar"),
            _ => new StringContent(fuzz.Mutate(Valid(body)), Encoding.UTF8, fuzz.Random.Next(10) == 0 ? "text/plain" : "application/json"),
        };
        return request;
    }

    /// <summary>A path segment; never a NUL, which Kestrel refuses with 400 before any app sees it (the in-memory test server throws instead).</summary>
    private string Segment(string plausible) => Uri.EscapeDataString(fuzz.Id(plausible).Replace("\0", "", StringComparison.Ordinal));

    private static JsonObject Valid(string body) => body switch
    {
        "commitment" => new()
        {
            ["title"] = "Export", ["customer"] = "Acme", ["dueDate"] = "2027-01-15", ["timeZone"] = "Europe/Berlin", ["owner"] = "U0OWNER",
            ["channel"] = "C0PROJ", ["customerDestination"] = "ops@acme.example", ["noticeDays"] = 5, ["approver"] = "U0BOSS",
        },
        "settings" => new() { ["workingDays"] = new JsonArray("Monday", "Friday"), ["checkInHour"] = 10, ["timeZone"] = "Europe/Berlin" },
        "holidays" => new() { ["dates"] = new JsonArray("2026-12-24", "2026-12-25") },
        "person" => new()
        {
            ["name"] = "Ann", ["timeZone"] = "Asia/Tokyo", ["manager"] = "U0BOSS", ["delegate"] = "U0MARIA",
            ["timeOff"] = new JsonArray(new JsonObject { ["from"] = "2026-12-21", ["to"] = "2027-01-04" }),
        },
        _ => new() { ["cadence"] = "weekly", ["day"] = "Monday", ["time"] = "09:00", ["timeZone"] = "Europe/Berlin" },
    };

    private string Csv()
    {
        var header = "title,customer,dueDate,timeZone,owner,channel,customerDestination,manager," + fuzz.Text();
        var rows = Enumerable.Range(0, fuzz.Random.Next(1, 4)).Select(_ => string.Join(",", Enumerable.Range(0, fuzz.Random.Next(1, 10)).Select(_ => fuzz.Text())));
        return header + "\n" + string.Join("\n", rows);
    }

    private HttpRequestMessage SlackCommand() => Signed("/slack/commands", SlackWire.Form(new()
    {
        ["team_id"] = fuzz.Id(SlackWire.Team), ["user_id"] = fuzz.Id("U0OWNER"), ["user_name"] = fuzz.Text(), ["channel_id"] = fuzz.Id("C0PROJ"),
        ["command"] = fuzz.Random.Next(4) == 0 ? fuzz.Text() : fuzz.Pick(["/slip", "/commit", "/digest", "/away", "/manager"]),
        ["text"] = fuzz.Random.Next(2) == 0 ? fuzz.Pick(["", "list", "edit c-1", "weekly monday 09:00", "2026-12-21 2027-01-04 delegate <@U0MARIA>", "off"]) : fuzz.Text(),
        ["response_url"] = fuzz.Random.Next(5) == 0 ? fuzz.Text() : slackResponseUrl.ToString(), ["trigger_id"] = fuzz.Id("trigger-1"),
    }), "application/x-www-form-urlencoded");

    private HttpRequestMessage SlackInteraction()
    {
        var click = new JsonObject
        {
            ["type"] = fuzz.Random.Next(5) == 0 ? fuzz.Text() : fuzz.Pick(["block_actions", "view_submission", "view_closed"]),
            ["team"] = new JsonObject { ["id"] = fuzz.Id(SlackWire.Team) }, ["user"] = new JsonObject { ["id"] = fuzz.Id("U0OWNER") },
            ["trigger_id"] = fuzz.Id("trigger-1"), ["response_url"] = slackResponseUrl.ToString(),
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = fuzz.Id("1700000000.000100"), ["channel_id"] = fuzz.Id("DU0OWNER") },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = fuzz.Id("checkin.answer"), ["value"] = fuzz.Id("c-1|ontrack"), ["type"] = "button" }),
            ["view"] = new JsonObject { ["id"] = fuzz.Id("V1"), ["callback_id"] = fuzz.Id("commit.create"), ["private_metadata"] = fuzz.Text(), ["state"] = new JsonObject { ["values"] = fuzz.Node() } },
        };
        return Signed("/slack/interactions", SlackWire.Form(new() { ["payload"] = fuzz.Mutate(click) }), "application/x-www-form-urlencoded");
    }

    private HttpRequestMessage SlackEvent()
    {
        var type = fuzz.Pick(["app_home_opened", "app_uninstalled", "tokens_revoked", "member_joined_channel", fuzz.Text()]);
        var callback = new JsonObject
        {
            ["type"] = fuzz.Random.Next(8) == 0 ? "url_verification" : "event_callback", ["challenge"] = fuzz.Text(),
            ["team_id"] = fuzz.Id(SlackWire.Team), ["api_app_id"] = "A1", ["event_id"] = fuzz.Id("Ev" + fuzz.Random.Next()), ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject
            {
                ["type"] = type, ["user"] = fuzz.Id("U0OWNER"), ["channel"] = fuzz.Id("D1"), ["tab"] = fuzz.Id("home"),
                ["tokens"] = new JsonObject { ["bot"] = new JsonArray(fuzz.Id("U0BOT")), ["oauth"] = fuzz.Node() },
            },
        };
        return Signed("/slack/events", fuzz.Mutate(callback), "application/json");
    }

    private HttpRequestMessage Signed(string path, string body, string contentType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", new SlackWire(new HttpClient(), slackSecret, TimeProvider.System).Sign(timestamp, body));
        return request;
    }

    /// <summary>
    /// One of many personal conversations, so replies spread as they would across a company's people and the run is not
    /// held back by Teams' pace for one thread (1,800 messages an hour), which the connector client keeps.
    /// </summary>
    private string Conversation() => $"{TeamsWire.Dm}-{fuzz.Random.Next(200)}";

    private HttpRequestMessage TeamsActivity()
    {
        var activity = new JsonObject
        {
            ["type"] = fuzz.Random.Next(4) == 0 ? fuzz.Text() : fuzz.Pick(["message", "invoke", "conversationUpdate", "installationUpdate"]),
            ["id"] = fuzz.Id("act-" + fuzz.Random.Next()), ["serviceUrl"] = serviceUrl.ToString(), ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = fuzz.Id(TeamsWire.Owner), ["name"] = fuzz.Text(), ["aadObjectId"] = fuzz.Id("00000000-0000-0000-0000-000000000001") },
            ["conversation"] = new JsonObject { ["id"] = fuzz.Id(Conversation()), ["conversationType"] = fuzz.Id("personal"), ["tenantId"] = fuzz.Id(TeamsWire.Tenant) },
            ["recipient"] = new JsonObject { ["id"] = TeamsWire.Bot }, ["text"] = fuzz.Text(), ["name"] = fuzz.Id("adaptiveCard/action"), ["action"] = fuzz.Id("add"),
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = fuzz.Id("checkin.answer"), ["data"] = fuzz.Node() } },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = fuzz.Id(TeamsWire.Tenant) } },
            ["entities"] = new JsonArray(fuzz.Node()), ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = fuzz.Id(TeamsWire.Bot) }),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(fuzz.Mutate(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new TestTokens(DateTimeOffset.UtcNow).Create(teamsKey, serviceUrl: serviceUrl.ToString()));
        return request;
    }
}
