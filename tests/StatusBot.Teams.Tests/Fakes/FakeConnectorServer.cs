using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Teams.Tests.Fakes;

/// <summary>
/// A Bot Connector (v3 conversations and activities) and a Microsoft identity platform token endpoint on
/// 127.0.0.1. Records every call, counts token requests, and fails the next calls on demand (429 with
/// Retry-After, 412, 502, 500, ...).
/// </summary>
internal sealed class FakeConnectorServer : IAsyncDisposable
{
    public const string TokenPath = FakeTokenEndpoint.Path;

    private readonly ConcurrentQueue<FakeConnectorCall> _calls = new();
    private readonly ConcurrentQueue<FakeConnectorFault> _faults = new();
    private readonly FakeTokenEndpoint _tokens = new("token-");
    private LoopbackServer _server = null!;
    private int _activities;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>A service URL with a region path, as Teams sends them.</summary>
    public Uri ServiceUrl => new(_server.BaseAddress, "emea/");

    public Uri TokenEndpoint => new(_server.BaseAddress, TokenPath.TrimStart('/'));

    /// <summary>The lifetime of issued tokens, in seconds.</summary>
    public int TokenLifetimeSeconds { get => _tokens.LifetimeSeconds; set => _tokens.LifetimeSeconds = value; }

    /// <summary>When set, token requests with another client_secret get 401 invalid_client.</summary>
    public string? ExpectedSecret { get => _tokens.ExpectedSecret; set => _tokens.ExpectedSecret = value; }

    public IReadOnlyList<FakeConnectorCall> Calls => [.. _calls];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokens.Requests;

    public IReadOnlyList<FakeConnectorCall> Delivered => [.. _calls.Where(c => c.Ok)];

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var fake = new FakeConnectorServer();
        fake._server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    public void FailNext(int count, FakeConnectorFault fault)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path == TokenPath)
        {
            await _tokens.AnswerAsync(context);
            return;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var json = body.Length > 0 ? JsonNode.Parse(body) as JsonObject : null;
        var path = Uri.UnescapeDataString(request.Path.Value ?? "");
        var authorization = request.Headers.Authorization.ToString();
        var (status, answer) = _faults.TryDequeue(out var fault) ? Fault(context, fault) : Answer(request.Method, path, json);
        _calls.Enqueue(new FakeConnectorCall(request.Method, path, authorization.Length == 0 ? null : authorization, json, status));
        await FakeTokenEndpoint.WriteJsonAsync(context, status, answer);
    }

    private static (int, JsonObject) Fault(HttpContext context, FakeConnectorFault fault)
    {
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        else if (fault.RetryAfterDate is { } date)
        {
            context.Response.Headers.RetryAfter = date.ToString("R", CultureInfo.InvariantCulture);
        }

        return (fault.Status, new JsonObject { ["error"] = new JsonObject { ["code"] = "Fault" + fault.Status.ToString(CultureInfo.InvariantCulture), ["message"] = "injected" } });
    }

    private (int, JsonObject) Answer(string method, string path, JsonObject? body)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var v3 = Array.IndexOf(segments, "v3");
        var rest = v3 < 0 ? [] : segments[(v3 + 1)..];
        return (method, rest) switch
        {
            ("POST", ["conversations"]) => (201, new JsonObject { ["id"] = "a:dm-" + body?["members"]?[0]?["id"]?.GetValue<string>() }),
            ("POST", ["conversations", _, "activities"]) or ("POST", ["conversations", _, "activities", _]) =>
                (201, new JsonObject { ["id"] = "act-" + Interlocked.Increment(ref _activities).ToString(CultureInfo.InvariantCulture) }),
            ("PUT", ["conversations", _, "activities", var id]) => (200, new JsonObject { ["id"] = id }),
            _ => (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound" } }),
        };
    }
}
