using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks enough of Slack's Web API (<c>POST /api/&lt;method&gt;</c>) for
/// the adapter's tests and journeys: it records every call and can be told to fail the next calls with 429,
/// 5xx or <c>ok:false</c>.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentQueue<(string? Method, FakeSlackFault Fault)> _faults = new();
    private readonly Lock _faultLock = new();
    private readonly FakeSlackAnswers _answers = new();
    private readonly FakeSlackFiles _files = new();
    private readonly WebApplication _app;

    private FakeSlackServer(WebApplication app, Uri apiBaseUrl)
    {
        _app = app;
        ApiBaseUrl = apiBaseUrl;
    }

    /// <summary>Where to point <c>Slack:ApiBaseUrl</c>: <c>http://127.0.0.1:&lt;port&gt;/api/</c>.</summary>
    public Uri ApiBaseUrl { get; private set; }

    /// <summary>When set, calls without <c>Authorization: Bearer &lt;token&gt;</c> get <c>ok:false</c> <c>invalid_auth</c>.</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>Every call received so far, in order.</summary>
    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    /// <summary>Users that users.info knows: name, IANA zone and offset in seconds.</summary>
    public IDictionary<string, (string Name, string Tz, int TzOffset)> Users => _answers.Users;

    /// <summary>Ids Slack does not know: users.info answers <c>user_not_found</c>, conversations.info <c>channel_not_found</c>.</summary>
    public ISet<string> Unknown => _answers.Unknown;

    /// <summary>The profile title (role) users.info gives a user, by id.</summary>
    public IDictionary<string, string> Titles => _answers.Titles;

    /// <summary>Users whom users.info calls workspace admins.</summary>
    public ISet<string> Admins => _answers.Admins;

    /// <summary>Channels as conversations.info describes them (name, bot a member, archived); others have the bot in them.</summary>
    public IDictionary<string, (string Name, bool IsMember, bool IsArchived)> Channels => _answers.Channels;

    /// <summary>Install codes oauth.v2.access takes, each once: the team (id, name) each installs into.</summary>
    public IDictionary<string, (string TeamId, string TeamName)> InstallCodes => _answers.InstallCodes;

    /// <summary>When true, oauth.v2.access grants rotating tokens: a refresh token, and 12 hours to live.</summary>
    public bool RotateTokens { get => _answers.RotateTokens; set => _answers.RotateTokens = value; }

    /// <summary>Every bot token oauth.v2.access granted, with its team, in order.</summary>
    public IReadOnlyList<(string TeamId, string Token)> Granted => [.. _answers.Granted];

    /// <summary>Every file handed an upload URL by files.getUploadURLExternal, by id, with what was uploaded and where it was shared.</summary>
    public IReadOnlyDictionary<string, FakeSlackFile> Files => _files.Files;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app, new Uri("http://127.0.0.1/"));
        app.MapPost("/api/{method}", (HttpContext context, string method) => server.AnswerAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context) => server.AnswerAsync(context, "response_url"));
        app.MapPost("/upload/{id}", (HttpContext context, string id) => server.UploadAsync(context, id));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return server;
    }

    /// <summary>A <c>response_url</c> on this fake; what is posted to it is recorded as method <c>response_url</c>.</summary>
    public Uri ResponseUrl(string id) => new(ApiBaseUrl, "../response/" + id);

    /// <summary>
    /// Answers the next <paramref name="count"/> calls with <paramref name="fault"/>: calls of any method, or
    /// only of <paramref name="method"/> (such as <c>chat.postMessage</c>) when given. Faults queue up in order.
    /// </summary>
    public void FailNext(int count, FakeSlackFault fault, string? method = null)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue((method, fault));
        }
    }

    /// <summary>The calls of one method that took effect (answered <c>ok:true</c>).</summary>
    public IReadOnlyList<FakeSlackCall> Delivered(string method) =>
        [.. _calls.Where(c => c.Ok && c.Method == method)];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private FakeSlackFault? NextFault(string method)
    {
        lock (_faultLock)
        {
            // The first queued fault that applies to this method; the others keep their places.
            var pending = _faults.ToArray();
            var index = Array.FindIndex(pending, f => f.Method is null || f.Method == method);
            if (index < 0)
            {
                return null;
            }

            _faults.Clear();
            foreach (var (entry, i) in pending.Select((e, i) => (e, i)).Where(x => x.i != index))
            {
                _faults.Enqueue(entry);
            }

            return pending[index].Fault;
        }
    }

    /// <summary>
    /// An upload URL's answer: the bytes are kept (recorded as method <c>upload</c>, the body as its length) and answered as
    /// Slack does, 200 <c>OK - length</c>; 404 for a URL never handed out. Faults for <c>upload</c> apply here too.
    /// </summary>
    private async Task UploadAsync(HttpContext context, string id)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var status = NextFault("upload")?.Status ?? (_files.Upload(id, bytes) ? 200 : 404);
        var length = bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _calls.Enqueue(new FakeSlackCall("upload", context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, context.Request.ContentType, length, null, null, status, status == 200));
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(status == 200 ? "OK - " + length : "upload failed");
    }

    private async Task AnswerAsync(HttpContext context, string method)
    {
        var request = await FakeSlackRequest.ReadAsync(context.Request);
        var authorization = context.Request.Headers.Authorization.ToString();
        JsonObject answer;
        var status = 200;
        if (NextFault(method) is { } fault)
        {
            status = fault.Status;
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (fault.RetryAfterDate is { } date)
            {
                context.Response.Headers.RetryAfter = date.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (fault.RawBody is { } raw)
            {
                _calls.Enqueue(new FakeSlackCall(method, authorization.Length == 0 ? null : authorization, context.Request.ContentType, request.Body, request.Json, request.Form, status, false));
                context.Response.StatusCode = status;
                await context.Response.WriteAsync(raw);
                return;
            }

            answer = new JsonObject { ["ok"] = false, ["error"] = fault.Error ?? "internal_error" };
        }
        else if (ExpectedToken is not null && authorization != "Bearer " + ExpectedToken)
        {
            answer = new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" };
        }
        else
        {
            answer = method.StartsWith("files.", StringComparison.Ordinal) ? _files.For(method, request, ApiBaseUrl) : _answers.For(method, request.Field);
        }

        var ok = status == 200 && (bool?)answer["ok"] == true;
        if (ok && method == "chat.postMessage")
        {
            _answers.Posted((string?)answer["channel"], (string?)answer["ts"], request.Json?["metadata"]);
        }

        _calls.Enqueue(new FakeSlackCall(method, authorization.Length == 0 ? null : authorization, context.Request.ContentType, request.Body, request.Json, request.Form, status, ok));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString());
    }
}
