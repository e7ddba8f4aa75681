using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Core.Answers;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using StatusBot.Core.Chat;
using StatusBot.Core.Slips;
using StatusBot.Core.Workspaces;
using StatusBot.Storage.Answers;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Conversations;
using StatusBot.Storage.Digests;
using StatusBot.Core.Digests;
using StatusBot.Core.People;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.DataProtection;
using StatusBot.Storage.People;
using StatusBot.Storage.Slips;
using StatusBot.Storage.Tables;
using StatusBot.Storage.Workspaces;
using StatusBot.Storage.Erasure;

namespace StatusBot.Storage.Hosting;

/// <summary>Adds StatusBot's storage to a host.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/>, registers the configured table store and the
    /// stores built on it, Data Protection keys kept in that store, a health check tagged <paramref name="readyTag"/>, and a start-up step that
    /// opens the store (so a first run creates the SQLite file).
    /// </summary>
    public static IHostApplicationBuilder AddStatusBotStorage(this IHostApplicationBuilder builder, string readyTag)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        var contentRoot = builder.Environment.ContentRootPath;
        services.AddSingleton<ITableStore>(provider => TableStoreFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value, contentRoot, provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<ICommitmentStore>(provider => new TableCommitmentStore(
            provider.GetRequiredService<ITableStore>(), TimeProvider.System, TableCommitmentStore.ListingTrust)); // real time between hosts, not the product's clock
        services.AddSingleton<ICommitmentFactsStore, TableCommitmentFactsStore>();
        services.AddSingleton<IWakeUpSchedule, TableWakeUpSchedule>();
        services.AddSingleton<ISentMessageLog, TableSentMessageLog>();
        services.AddSingleton<ICheckInSettingsStore, TableCheckInSettingsStore>();
        services.AddSingleton<IDigestScheduleStore, TableDigestScheduleStore>();
        services.AddSingleton<ISlipStore, TableSlipStore>();
        services.AddSingleton<IWorkspaceConnections, TableWorkspaceConnections>();
        services.AddSingleton<IPeopleDirectory>(provider => new CachedPeopleDirectory(
            new TablePeopleDirectory(provider.GetRequiredService<ITableStore>()), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IWorkspaceEraser, TableWorkspaceEraser>();
        services.AddSingleton<IPromiseLinkStore, TablePromiseLinkStore>();
        services.AddSingleton<TableRepeatLog>();
        services.AddSingleton<IRepeatLog>(provider => provider.GetRequiredService<TableRepeatLog>());
        services.AddHostedService<RepeatLogSweeper>();

        // Data Protection keys live in the shared store, so every instance reads what another encrypted; with
        // Storage:KeyCertificatePath they are themselves encrypted there.
        var dataProtection = services.AddDataProtection().SetApplicationName("StatusBot");
        if (KeyCertificateFrom(builder, contentRoot) is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.AddOptions<KeyManagementOptions>()
            .Configure<ITableStore>((options, store) => options.XmlRepository = new TableXmlRepository(store));

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [readyTag]);
        services.AddHostedService<StorageWarmup>();
        return builder;
    }

    /// <summary>The key-encrypting certificate; null when none is set, or when it cannot be read (the options validator then stops the start, naming the key).</summary>
    private static X509Certificate2? KeyCertificateFrom(IHostApplicationBuilder builder, string contentRoot)
    {
        var options = new StorageOptions
        {
            KeyCertificatePath = builder.Configuration["Storage:KeyCertificatePath"],
            KeyCertificatePassword = builder.Configuration["Storage:KeyCertificatePassword"],
        };
        try
        {
            return KeyCertificate.Load(options.KeyCertificatePath, options.KeyCertificatePassword, contentRoot);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
