using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Playground.Browser;

/// <summary>The whole host on Kestrel on a free loopback port, so that a real browser can open it.</summary>
internal sealed class PlaygroundBrowserHost : IDisposable
{
    private readonly StatusBotFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public PlaygroundBrowserHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var port = FreePort.Find();
        _factory = new StatusBotFactory(settings);
        _host = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => services?.Invoke(s)));
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _host.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _host.Services;

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }
}
