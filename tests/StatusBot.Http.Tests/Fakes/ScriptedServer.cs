using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StatusBot.Http.Tests.Fakes;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers each request with the next scripted answer (then 200 <c>ok</c>), and
/// counts the requests it received.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();
    private WebApplication _app = null!;
    private int _requests;

    public Uri BaseAddress { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ScriptedServer> StartAsync()
    {
        var server = new ScriptedServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server._app = builder.Build();
        server._app.Run(server.AnswerAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
