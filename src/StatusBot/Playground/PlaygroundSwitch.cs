using System.Net;
using Microsoft.AspNetCore.Http.Features;
using StatusBot.Hosting;

namespace StatusBot.Playground;

/// <summary>Decides whether the playground is on: as configured, or else on exactly when every address the host listens on is loopback.</summary>
internal static class PlaygroundSwitch
{
    /// <summary>On or off, and why (for the log).</summary>
    public static (bool Enabled, string Reason) Decide(PlaygroundOptions options, IConfiguration configuration)
    {
        if (options.Enabled is { } configured)
        {
            return (configured, configured ? "Playground:Enabled is true" : "Playground:Enabled is false");
        }

        return ListenAddresses(configuration).FirstOrDefault(a => !IsLoopback(a)) is { } exposed
            ? (false, $"the host listens on {exposed}, not on loopback only (set Playground:Enabled=true to turn it on anyway)")
            : (true, "the host listens on loopback only");
    }

    /// <summary>True when every address the host is told to listen on is loopback.</summary>
    public static bool ListensOnLoopbackOnly(IConfiguration configuration) => ListenAddresses(configuration).All(IsLoopback);

    /// <summary>The addresses the host is told to listen on: <c>urls</c> (or the default), ports, and Kestrel endpoints.</summary>
    internal static IEnumerable<string> ListenAddresses(IConfiguration configuration)
    {
        foreach (var key in new[] { "http_ports", "https_ports", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            if (!string.IsNullOrEmpty(configuration[key]))
            {
                yield return $"every interface (ports {configuration[key]})";
            }
        }

        var urls = configuration["urls"];
        foreach (var url in (string.IsNullOrEmpty(urls) ? DefaultAddress.Url : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return url;
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    private static bool IsLoopback(string address)
    {
        try
        {
            var host = BindingAddress.Parse(address).Host;
            return PlaygroundRequest.IsLoopbackHost(host) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
