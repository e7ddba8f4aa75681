using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using StatusBot.Teams.Tests.Fakes;

namespace StatusBot.Http.Tests.Fakes;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers each request with the next scripted answer (then 200 <c>ok</c>), and
/// counts the requests it received.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();
    private LoopbackServer _server = null!;
    private int _requests;

    public Uri BaseAddress => _server.BaseAddress;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ScriptedServer> StartAsync()
    {
        var server = new ScriptedServer();
        server._server = await LoopbackServer.StartAsync(server.AnswerAsync);
        return server;
    }

    /// <summary>Answers the next request with <paramref name="status"/>, a <c>Retry-After</c> header when given, and a body.</summary>
    public ScriptedServer Then(int status, string? retryAfter = null, string body = "{}")
    {
        _answers.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            await context.Response.WriteAsync(body);
        });
        return this;
    }

    /// <summary>Holds the next request without answering until the client gives up on it.</summary>
    public ScriptedServer ThenHang()
    {
        _answers.Enqueue(context => Task.Delay(Timeout.Infinite, context.RequestAborted));
        return this;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (_answers.TryDequeue(out var answer))
        {
            try
            {
                await answer(context);
            }
            catch (OperationCanceledException)
            {
                // The client gave up on a hung request.
            }

            return;
        }

        await context.Response.WriteAsync("ok");
    }
}
