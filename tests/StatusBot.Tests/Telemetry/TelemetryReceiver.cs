using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StatusBot.Tests.Telemetry;

/// <summary>
/// A telemetry receiver on loopback: keeps each body posted to it by path (OTLP/HTTP posts protobuf to <c>/v1/traces</c> and
/// <c>/v1/metrics</c>; Azure Monitor posts gzipped JSON to <c>/v2.1/track</c>) and answers each with success.
/// </summary>
internal sealed class TelemetryReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _bodies = new();

    private TelemetryReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<TelemetryReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new TelemetryReceiver(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver._bodies.Enqueue((context.Request.Path.Value!, body.ToArray()));
            return context.Request.Path.StartsWithSegments("/v1")
                ? Results.Bytes([], "application/x-protobuf")
                : Results.Json(new { itemsReceived = 0, itemsAccepted = 0, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>The top-level fields of every body received on <paramref name="path"/>.</summary>
    public List<ProtoField> Received(string path) =>
        [.. _bodies.Where(b => b.Path == path).SelectMany(b => ProtoField.Parse(b.Body) ?? throw new InvalidDataException($"A body on {path} is not protobuf."))];

    /// <summary>The raw bodies received on <paramref name="path"/>.</summary>
    public List<byte[]> Bodies(string path) => [.. _bodies.Where(b => b.Path == path).Select(b => b.Body)];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
