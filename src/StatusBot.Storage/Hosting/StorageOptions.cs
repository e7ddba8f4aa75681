namespace StatusBot.Storage.Hosting;

/// <summary>Which engine keeps StatusBot's data.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>Azure Table Storage (or Azurite): several hosts can share it.</summary>
    AzureTables,
}

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Storage";

    /// <summary>The engine. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file, relative to the content root. Default: <c>data/statusbot.db</c>.</summary>
    public string SqlitePath { get; set; } = "data/statusbot.db";

    /// <summary>The Azure Table Storage account, for <see cref="StorageProvider.AzureTables"/>.</summary>
    public AzureTablesOptions AzureTables { get; set; } = new();

    /// <summary>
    /// A PKCS#12 (.pfx) file, relative to the content root, whose certificate encrypts the Data Protection keys
    /// kept in the store, so that reading the store alone does not reveal the chat tokens. Default: unset (the
    /// keys are stored unencrypted; the host warns).
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    /// <summary>The password of <see cref="KeyCertificatePath"/>, when it has one. Default: unset.</summary>
    public string? KeyCertificatePassword { get; set; }

    /// <summary>
    /// How long one call to the store may take before the request gives up with 503 and <c>Retry-After</c> (1 to 60
    /// seconds). Default: 4 seconds.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(4);
}

/// <summary>The <c>Storage:AzureTables</c> configuration section: one of its two keys names the account.</summary>
public sealed class AzureTablesOptions
{
    /// <summary>An Azure Storage (or Azurite) connection string. Default: unset.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint, used with the host's Azure identity (no keys). Default: unset.</summary>
    public Uri? ServiceUri { get; set; }
}
