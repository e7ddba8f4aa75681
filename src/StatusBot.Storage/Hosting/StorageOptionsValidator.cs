using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatusBot.Storage.DataProtection;

namespace StatusBot.Storage.Hosting;

/// <summary>Refuses a storage configuration that cannot work, naming the key.</summary>
internal sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            using var certificate = KeyCertificate.Load(options.KeyCertificatePath, options.KeyCertificatePassword, environment.ContentRootPath);
        }
        catch (InvalidOperationException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }

        if (options.CallTimeout < TimeSpan.FromSeconds(1) || options.CallTimeout > TimeSpan.FromSeconds(60))
        {
            return ValidateOptionsResult.Fail($"Storage:CallTimeout is {options.CallTimeout}; it must be between 00:00:01 and 00:01:00 (for example 00:00:04).");
        }

        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider is '{options.Provider}'; use one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        if (options.Provider == StorageProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.SqlitePath) || options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                return ValidateOptionsResult.Fail("Storage:SqlitePath must name the database file, such as data/statusbot.db.");
            }

            var fullPath = Path.GetFullPath(options.SqlitePath, environment.ContentRootPath);
            return SqlitePathCheck.Problem(options.SqlitePath, fullPath) is { } problem
                ? ValidateOptionsResult.Fail(problem)
                : ValidateOptionsResult.Success;
        }

        var azure = options.AzureTables;
        var hasConnectionString = !string.IsNullOrWhiteSpace(azure.ConnectionString);
        if (hasConnectionString == (azure.ServiceUri is not null))
        {
            return ValidateOptionsResult.Fail(
                "Storage:Provider is AzureTables: set exactly one of Storage:AzureTables:ConnectionString and Storage:AzureTables:ServiceUri.");
        }

        if (azure.ServiceUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http")))
        {
            return ValidateOptionsResult.Fail("Storage:AzureTables:ServiceUri must be the account's Table endpoint, such as https://myaccount.table.core.windows.net/.");
        }

        return ValidateOptionsResult.Success;
    }
}
