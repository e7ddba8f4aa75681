using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// Microsoft Graph's <c>/v1.0/users/{id}</c>, <c>/users/{id}/manager</c> and <c>/users/{id}/mailboxSettings/timeZone</c>,
/// and a Microsoft identity platform token endpoint, on 127.0.0.1, answering with Graph's own JSON shapes (404
/// <c>Request_ResourceNotFound</c> for no such user and for no manager, 403 <c>Authorization_RequestDenied</c> or
/// <c>ErrorAccessDenied</c> on demand). Records every Graph call with its Authorization header and every token request.
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, JsonObject> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _managers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _mailboxZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _calls = new();
    private readonly FakeTokenEndpoint _tokens = new("graph-token-");
    private LoopbackServer _server = null!;

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/v1.0</c>, as <c>Teams:Graph:BaseUrl</c>.</summary>
    public Uri BaseUrl => new(_server.BaseAddress, "v1.0");

    public Uri TokenEndpoint => new(_server.BaseAddress, FakeTokenEndpoint.Path.TrimStart('/'));

    /// <summary>Graph calls as (decoded path with query, Authorization header).</summary>
    public IReadOnlyList<(string Path, string? Authorization)> Calls => [.. _calls];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokens.Requests;

    /// <summary>Reads answered 403, by the last path segment: <c>timeZone</c>, <c>manager</c>, or <c>user</c> for the user itself.</summary>
    public ISet<string> Forbidden { get; } = new HashSet<string>(StringComparer.Ordinal);

    public static async Task<FakeGraphServer> StartAsync()
    {
        var fake = new FakeGraphServer();
        fake._server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    /// <summary>Adds a user to the tenant; with <paramref name="manager"/>, the object id of their manager (added too).</summary>
    public void AddUser(string id, string displayName, string? mail, string? manager = null, string? mailboxZone = null, bool enabled = true, string? jobTitle = null)
    {
        _users[id] = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,userPrincipalName,accountEnabled,jobTitle)/$entity",
            ["id"] = id,
            ["displayName"] = displayName,
            ["mail"] = mail,
            ["userPrincipalName"] = mail ?? id + "@contoso.onmicrosoft.com",
            ["accountEnabled"] = enabled,
            ["jobTitle"] = jobTitle,
        };
        if (manager is not null)
        {
            _managers[id] = manager;
        }

        if (mailboxZone is not null)
        {
            _mailboxZones[id] = mailboxZone;
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path == FakeTokenEndpoint.Path)
        {
            await _tokens.AnswerAsync(context);
            return;
        }

        var path = Uri.UnescapeDataString(request.Path.Value ?? "");
        var authorization = request.Headers.Authorization.ToString();
        _calls.Enqueue((path + Uri.UnescapeDataString(request.QueryString.Value ?? ""), authorization.Length == 0 ? null : authorization));
        var (status, answer) = Answer(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        await FakeTokenEndpoint.WriteJsonAsync(context, status, answer);
    }

    private (int, JsonObject) Answer(string[] segments) => segments switch
    {
        ["v1.0", "users", var id] when Forbidden.Contains("user") => Denied("Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        ["v1.0", "users", var id] => _users.TryGetValue(id, out var user) ? (200, (JsonObject)user.DeepClone()) : NotFound(id),
        ["v1.0", "users", _, "manager"] when Forbidden.Contains("manager") => Denied("Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        ["v1.0", "users", var id, "manager"] => _managers.TryGetValue(id, out var manager) && _users.TryGetValue(manager, out var boss)
            ? (200, Manager(boss))
            : NotFound(id),
        ["v1.0", "users", _, "mailboxSettings", "timeZone"] when Forbidden.Contains("timeZone") => Denied("ErrorAccessDenied", "Access is denied. Check credentials and try again."),
        ["v1.0", "users", var id, "mailboxSettings", "timeZone"] => _mailboxZones.TryGetValue(id, out var zone)
            ? (200, new JsonObject { ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{id}')/mailboxSettings/timeZone", ["value"] = zone })
            : NotFound(id),
        _ => (400, Error("BadRequest", "Unsupported segment type.")),
    };

    private static JsonObject Manager(JsonObject user)
    {
        var manager = (JsonObject)user.DeepClone();
        manager.Remove("@odata.context");
        manager.Remove("accountEnabled");
        manager["@odata.type"] = "#microsoft.graph.user";
        return manager;
    }

    private static (int, JsonObject) NotFound(string id) =>
        (404, Error("Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present."));

    private static (int, JsonObject) Denied(string code, string message) => (403, Error(code, message));

    private static JsonObject Error(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject { ["date"] = "2026-12-06T13:00:00", ["request-id"] = "00000000-0000-0000-0000-000000000000" },
        },
    };
}
