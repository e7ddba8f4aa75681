using Microsoft.Extensions.Configuration.Json;

namespace StatusBot.Hosting;

/// <summary>The settings that ship with the host (<c>appsettings.json</c>: log levels).</summary>
internal static class ShippedSettings
{
    /// <summary>
    /// Reads the <c>appsettings.json</c> shipped beside the host first, below every other source, so its log levels
    /// hold wherever the host is started from; a file in the content root, the environment and the command line
    /// still override it.
    /// </summary>
    public static WebApplicationBuilder UseStatusBotDefaultSettings(this WebApplicationBuilder builder)
    {
        var shipped = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
        };
        shipped.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, shipped);
        return builder;
    }
}
