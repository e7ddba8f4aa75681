using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace StatusBot.Tests.Hosting;

/// <summary>The whole host in memory, on its own SQLite file (or on the settings a test gives).</summary>
public sealed class StatusBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public StatusBotFactory(IDictionary<string, string?>? settings = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("statusbot-host-");
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:SqlitePath"] = Path.Combine(Directory.FullName, "statusbot.db"),
            ["Email:OutboxPath"] = Path.Combine(Directory.FullName, "outbox"),
            // The sentence model takes a second of CPU and ~100 MB per host: journeys that need it turn it on.
            ["ToneModel:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>A fresh folder for this host's files, deleted with it.</summary>
    public DirectoryInfo Directory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Refresh();
            if (Directory.Exists)
            {
                Directory.Delete(recursive: true);
            }
        }
    }
}
