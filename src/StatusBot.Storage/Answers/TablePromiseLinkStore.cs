using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Answers;

/// <summary>Each promise link as one row of its workspace's partition in the <c>workspaces</c> table.</summary>
public sealed class TablePromiseLinkStore(ITableStore store) : IPromiseLinkStore
{
    private const string RowKeyPrefix = "promise|";
    private const int MaxAttempts = 5;

    /// <inheritdoc />
    public async Task CreateAsync(PromiseLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        await table.InsertAsync(Row(link), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PromiseLink?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), RowKeyPrefix + id, cancellationToken);
        return row is null ? null : Read(workspace, row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PromiseLink>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        var rows = await table.QueryAllAsync(workspace.ToString(), RowKeyRange.Prefix(RowKeyPrefix), cancellationToken);
        return [.. rows.Select(row => Read(workspace, row))];
    }

    /// <inheritdoc />
    public async Task<PromiseLink?> RevokeAsync(WorkspaceId workspace, string id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var table = await store.GetTableAsync(WorkspaceTable.Name, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var row = await table.GetAsync(workspace.ToString(), RowKeyPrefix + id, cancellationToken);
            if (row is null)
            {
                return null;
            }

            var link = Read(workspace, row);
            if (link.RevokedAt is not null)
            {
                return link;
            }

            var revoked = link with { RevokedAt = at, RevokedBy = by };
            try
            {
                await table.ReplaceAsync(Row(revoked), row.ETag!, cancellationToken);
                return revoked;
            }
            catch (ETagMismatchException) when (attempt < MaxAttempts)
            {
                // Revoked (or changed) by another host meanwhile: read it again.
            }
        }
    }

    private static TableRow Row(PromiseLink link) => new(link.Workspace.ToString(), RowKeyPrefix + link.Id)
    {
        ["Customer"] = link.Customer,
        ["CreatedBy"] = link.CreatedBy,
        ["CreatedAt"] = link.CreatedAt,
        ["ExpiresAt"] = link.ExpiresAt,
        ["RevokedAt"] = link.RevokedAt,
        ["RevokedBy"] = link.RevokedBy,
    };

    private static PromiseLink Read(WorkspaceId workspace, TableRow row) => new(
        workspace,
        row.RowKey[RowKeyPrefix.Length..],
        (string)row["Customer"]!,
        (string)row["CreatedBy"]!,
        (DateTimeOffset)row["CreatedAt"]!,
        (DateTimeOffset)row["ExpiresAt"]!)
    {
        RevokedAt = row["RevokedAt"] as DateTimeOffset?,
        RevokedBy = row["RevokedBy"] as string,
    };
}
