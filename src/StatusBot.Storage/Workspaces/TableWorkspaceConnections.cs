using StatusBot.Core.Chat;
using StatusBot.Core.Workspaces;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Workspaces;

/// <summary>
/// A disconnected workspace as one <c>disconnected</c> row in its partition of the <c>workspaces</c> table; no row
/// means connected. The scheduler asks once per wake-up, so reads are not cached: a reinstall takes effect at once.
/// </summary>
public sealed class TableWorkspaceConnections(ITableStore store) : IWorkspaceConnections
{
    private const string RowKey = "disconnected";

    /// <inheritdoc />
    public async Task<WorkspaceDisconnection?> GetDisconnectionAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), RowKey, cancellationToken);
        return row is null ? null : new WorkspaceDisconnection(workspace, (string)row["Reason"]!, (DateTimeOffset)row["At"]!);
    }

    /// <inheritdoc />
    public async Task DisconnectAsync(WorkspaceDisconnection disconnection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disconnection);
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        try
        {
            await table.InsertAsync(new TableRow(disconnection.Workspace.ToString(), RowKey) { ["Reason"] = disconnection.Reason, ["At"] = disconnection.At }, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Disconnected already (Slack sends app_uninstalled and tokens_revoked together): the first record stands.
        }
    }

    /// <inheritdoc />
    public async Task<bool> ReconnectAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        try
        {
            await table.DeleteAsync(workspace.ToString(), RowKey, "*", cancellationToken);
            return true;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }
}
