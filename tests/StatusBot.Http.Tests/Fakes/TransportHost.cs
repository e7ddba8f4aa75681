using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StatusBot.Http.Outbound;
using StatusBot.Http.Pacing;

namespace StatusBot.Http.Tests.Fakes;

/// <summary>Options of a made-up platform: 10 s an attempt, like Slack's.</summary>
internal sealed class TestOutboundOptions() : OutboundTransportOptions(TimeSpan.FromSeconds(10));

/// <summary>A classifier that calls 429 and 503 transient, as <c>http_429</c> and <c>http_503</c>.</summary>
internal sealed class StatusClassifier : ITransientClassifier
{
    public ValueTask<string?> TransientErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken = default) =>
        new((int)response.StatusCode is 429 or 503 ? "http_" + (int)response.StatusCode : null);
}

/// <summary>A container with one named HttpClient on the outbound transport, on a given clock, pointed at a server.</summary>
internal sealed class TransportHost : IAsyncDisposable
{
    private const string Name = "test";
    private readonly ServiceProvider _services;

    public TransportHost(Uri baseAddress, TimeProvider time, TestOutboundOptions? options = null, Func<TimeProvider, Pacer>? pacer = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddSingleton(Options.Create(options ?? new TestOutboundOptions()));
        services.AddHttpClient(Name, http => http.BaseAddress = baseAddress)
            .AddOutboundTransport<TestOutboundOptions>(_ => new StatusClassifier(), pacer is null ? null : provider => pacer(provider.GetRequiredService<TimeProvider>()));
        _services = services.BuildServiceProvider();
        Http = _services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);
    }

    public HttpClient Http { get; }

    public RecordingLogger Logger { get; } = new();

    /// <summary>Sends a POST to <paramref name="path"/> as an outbound call, paced by <paramref name="paceKey"/> when given.</summary>
    public async Task<HttpResponseMessage> SendAsync(string path = "op", string? paceKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}") };
        return await Http.SendOutboundAsync(request, new OutboundCall("Test", path, Logger) { PaceKey = paceKey }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _services.DisposeAsync();
    }
}
