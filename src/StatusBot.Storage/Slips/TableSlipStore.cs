using StatusBot.Core.Chat;
using System.Text.Json;
using StatusBot.Core.Slips;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Slips;

/// <summary>
/// Each commitment's latest slip conversation as one row of the <c>slips</c> table: partition the workspace,
/// row key the commitment id, the state as JSON, guarded by the row's ETag.
/// </summary>
public sealed class TableSlipStore(ITableStore store) : ISlipStore
{
    internal const string TableName = "slips";

    /// <inheritdoc />
    public async Task<StoredSlip?> GetAsync(WorkspaceId workspace, string commitmentId, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), IndexRows.Escape(commitmentId), cancellationToken);
        return row is null ? null : new StoredSlip(Read(row), row.ETag!);
    }

    /// <inheritdoc />
    public async Task<StoredSlip> SaveAsync(SlipState state, string? expectedToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = new TableRow(state.Workspace.ToString(), IndexRows.Escape(state.CommitmentId))
        {
            ["Owner"] = state.Owner,
            ["Step"] = state.Step.ToString(),
            ["State"] = JsonSerializer.Serialize(state, StorageJsonContext.Default.SlipState),
        };
        try
        {
            var eTag = expectedToken is null
                ? await table.InsertAsync(row, cancellationToken)
                : await table.ReplaceAsync(row, expectedToken, cancellationToken);
            return new StoredSlip(state, eTag);
        }
        catch (Exception ex) when (ex is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
        {
            throw new SlipConflictException($"The warning about commitment {state.CommitmentId} changed since it was read.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SlipState>> ListOpenByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var rows = await table.QueryAllAsync(workspace.ToString(), cancellationToken: cancellationToken);
        return [.. rows.Where(r => (string?)r["Owner"] == owner).Select(Read).Where(s => s.WaitsOnOwner())];
    }

    private static SlipState Read(TableRow row) =>
        JsonSerializer.Deserialize((string)row["State"]!, StorageJsonContext.Default.SlipState)
        ?? throw new InvalidOperationException($"The stored warning {row.PartitionKey}/{row.RowKey} is empty.");
}
