using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StatusBot.Load;

/// <summary>
/// Slack's Web API as the fan-out run needs it, on loopback: conversations.open gives each user a DM channel, users.info
/// describes them, and chat.postMessage keeps Slack's pace per channel (a burst of <see cref="Burst"/>, then one a second),
/// answering 429 with Retry-After beyond it, as Slack does. It records each check-in by the commitment it names.
/// </summary>
internal sealed partial class FanOutSlack : IAsyncDisposable
{
    public const int Burst = 3;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(100);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _theoreticalArrival = new();
    private readonly ConcurrentDictionary<int, int> _received = new();
    private readonly object _gate = new();
    private int _throttled;
    private long _lastPostTicks;
    private long _firstPostTicks;

    private FanOutSlack(WebApplication app) => _app = app;

    public Uri ApiBase { get; private set; } = null!;

    /// <summary>How many times each commitment number was named in a posted check-in.</summary>
    public IReadOnlyDictionary<int, int> Received => _received;

    public int Throttled => Volatile.Read(ref _throttled);

    public DateTimeOffset? FirstPost => Interlocked.Read(ref _firstPostTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public DateTimeOffset? LastPost => Interlocked.Read(ref _lastPostTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public static async Task<FanOutSlack> StartAsync(string zone)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var slack = new FanOutSlack(app);
        app.MapPost("/api/{method}", (string method, HttpRequest request) => slack.AnswerAsync(method, request, zone));
        await app.StartAsync();
        slack.ApiBase = new Uri(app.Urls.First() + "/api/");
        return slack;
    }

    private async Task<IResult> AnswerAsync(string method, HttpRequest request, string zone)
    {
        var fields = await FieldsAsync(request);
        switch (method)
        {
            case "conversations.open":
                return Ok(new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + fields.GetValueOrDefault("users") } });
            case "users.info":
                var user = fields.GetValueOrDefault("user") ?? "";
                return Ok(new JsonObject { ["user"] = new JsonObject { ["id"] = user, ["name"] = user.ToLowerInvariant(), ["real_name"] = "Owner " + user, ["tz"] = zone } });
            case "chat.postMessage":
                var channel = fields.GetValueOrDefault("channel") ?? "";
                if (!TryTake(channel, out var retryAfter))
                {
                    Interlocked.Increment(ref _throttled);
                    return Results.Text("{\"ok\":false,\"error\":\"ratelimited\"}", "application/json", statusCode: 429)
                        .WithHeader("Retry-After", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
                }

                if (Named().Match(fields.GetValueOrDefault("text") ?? "") is { Success: true } named)
                {
                    _received.AddOrUpdate(int.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }

                var now = DateTimeOffset.UtcNow.UtcTicks;
                Interlocked.CompareExchange(ref _firstPostTicks, now, 0);
                Interlocked.Exchange(ref _lastPostTicks, now);
                return Ok(new JsonObject { ["channel"] = channel, ["ts"] = (now / 10).ToString(CultureInfo.InvariantCulture) });
            default:
                return Ok(new JsonObject());
        }
    }

    /// <summary>The generic cell rate algorithm, as Slack's "1 per second, short bursts allowed", with a little slack for clocks.</summary>
    private bool TryTake(string channel, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var tat = _theoreticalArrival.GetValueOrDefault(channel, now);
            tat = tat < now ? now : tat;
            var allowedFrom = tat - (Interval * (Burst - 1)) - Tolerance;
            if (now < allowedFrom)
            {
                retryAfter = allowedFrom - now;
                return false;
            }

            _theoreticalArrival[channel] = tat + Interval;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private static async Task<Dictionary<string, string?>> FieldsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        }

        var json = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
        return json.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString());
    }

    private static IResult Ok(JsonObject body)
    {
        body["ok"] = true;
        return Results.Text(body.ToJsonString(), "application/json");
    }

    [GeneratedRegex(@"Fan-out (\d+)\b")]
    private static partial Regex Named();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

internal static class ResultHeaders
{
    public static IResult WithHeader(this IResult result, string name, string value) => new WithHeaderResult(result, name, value);

    private sealed class WithHeaderResult(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
