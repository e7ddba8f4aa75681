using Microsoft.AspNetCore.DataProtection;
using StatusBot.Slack.Installations;
using StatusBot.Storage.Tables;

namespace StatusBot.Installations;

/// <summary>
/// Slack OAuth installations in the <c>slackinstallations</c> table, one row per workspace (partition: the team id).
/// The bot and refresh tokens are encrypted with ASP.NET Core Data Protection before they are stored; nothing
/// else in the row is secret.
/// </summary>
internal sealed class TableSlackInstallationStore(ITableStore store, IDataProtectionProvider protection) : ISlackInstallationStore
{
    private const string TableName = "slackinstallations";
    private const string RowKey = "installation";
    private readonly IDataProtector _tokens = protection.CreateProtector("StatusBot.Slack.Installations.Tokens.v1");

    public async Task<SlackInstallation?> GetAsync(string teamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(teamId, RowKey, cancellationToken);
        if (row is null)
        {
            return null;
        }

        return new SlackInstallation(
            teamId,
            row["TeamName"] as string,
            row["EnterpriseId"] as string,
            (string)row["AppId"]!,
            (string)row["BotUserId"]!,
            _tokens.Unprotect((string)row["BotToken"]!),
            (string)row["Scopes"]!,
            row["RefreshToken"] is string refresh ? _tokens.Unprotect(refresh) : null,
            row["ExpiresAt"] as DateTimeOffset?,
            row["InstalledBy"] as string,
            (DateTimeOffset)row["InstalledAt"]!) { ETag = row.ETag };
    }

    public async Task SaveAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.UpsertAsync(Row(installation), cancellationToken: cancellationToken);
    }

    public async Task<bool> TryReplaceAsync(SlackInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var eTag = installation.ETag ?? throw new ArgumentException("Only an installation read from the store can replace it.", nameof(installation));
        var table = await store.GetTableAsync(TableName, cancellationToken);
        try
        {
            await table.ReplaceAsync(Row(installation), eTag, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string teamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteAsync(teamId, RowKey, "*", cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Gone already: Slack sends app_uninstalled and tokens_revoked together, and retries.
        }
    }

    /// <summary>What Slack did not say (a null) is left out of the row.</summary>
    private TableRow Row(SlackInstallation installation) => new(installation.TeamId, RowKey)
    {
        ["TeamName"] = installation.TeamName,
        ["EnterpriseId"] = installation.EnterpriseId,
        ["AppId"] = installation.AppId,
        ["BotUserId"] = installation.BotUserId,
        ["BotToken"] = _tokens.Protect(installation.BotToken),
        ["Scopes"] = installation.Scopes,
        ["RefreshToken"] = installation.RefreshToken is { } refresh ? _tokens.Protect(refresh) : null,
        ["ExpiresAt"] = installation.ExpiresAt,
        ["InstalledBy"] = installation.InstalledBy,
        ["InstalledAt"] = installation.InstalledAt,
    };
}
