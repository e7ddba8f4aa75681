using System.Text.Json;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Commitments;

/// <summary>
/// Commitment facts in the <c>insights</c> table: partition the workspace, row key the escaped commitment id, so a
/// workspace's facts are one partition read. A write keeps whichever version is later, guarded by the row's ETag and
/// looked at again when another writer got there first. Facts too long for one property are kept without their counted
/// events, which tells readers to judge that commitment from its history. One more row marks the workspace complete, and
/// a <see cref="PartitionStamp"/> renewed with every write lets each host keep the partition it read until it changes.
/// </summary>
public sealed class TableCommitmentFactsStore(ITableStore store) : ICommitmentFactsStore
{
    internal const string TableName = "insights";

    /// <summary>The row that says every commitment's facts are kept; escaped ids never start with the separator.</summary>
    private const string CompleteRowKey = "|complete";

    /// <summary>Azure Tables allows 64 KiB (32K UTF-16 characters) per string property; stay below it.</summary>
    private const int MaxCountedChars = 30_000;

    /// <summary>Each workspace's facts as this host last read them; a few workspaces' worth (thousands of rows each).</summary>
    private readonly StampedCache<KeptFacts> _read = new(capacity: 16);

    /// <inheritdoc />
    public async Task<KeptFacts> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        return await _read.GetAsync(table, workspace.ToString(), async () =>
        {
            var rows = (await table.QueryAllAsync(workspace.ToString(), cancellationToken: cancellationToken)).Where(r => r.RowKey != PartitionStamp.RowKey).ToList();
            var facts = rows.Where(r => r.RowKey != CompleteRowKey && r["Counted"] is string).Select(Read).ToList();
            var unkept = rows.Where(r => r.RowKey != CompleteRowKey && r["Counted"] is null).Select(r => CommitmentRows.Get<string>(r, "Id")).ToList();
            return new KeptFacts(facts.AsReadOnly(), unkept.AsReadOnly(), rows.Any(r => r.RowKey == CompleteRowKey));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkCompleteAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.ExecuteBatchAsync(
            [new(TableOperationKind.UpsertReplace, new TableRow(workspace.ToString(), CompleteRowKey)), PartitionStamp.Renew(workspace.ToString())],
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveAsync(WorkspaceId workspace, CommitmentFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var row = Write(workspace, facts);
        if (((string)row["Counted"]!).Length > MaxCountedChars)
        {
            row["Counted"] = null;
        }

        var table = await store.GetTableAsync(TableName, cancellationToken);
        while (true)
        {
            var existing = await table.GetAsync(row.PartitionKey, row.RowKey, cancellationToken);
            if (existing is not null && CommitmentRows.Get<long>(existing, "Version") >= facts.Version)
            {
                return;
            }

            if (await TryWriteAsync(table, row, existing, cancellationToken))
            {
                return;
            }

            // Another writer changed the row meanwhile: look again and keep whichever version is later.
        }
    }

    /// <summary>
    /// Brings the kept facts forward by <paramref name="change"/> alone when it can (see <see cref="CommitmentFacts.After"/>),
    /// with no history read: after a commitment's creation (which keeps no facts) by inserting, later by replacing the
    /// previous version's row under its ETag. False when the caller must judge the history: the change needs it, the
    /// previous version's facts are not the ones kept, or another writer got there first.
    /// </summary>
    internal async Task<bool> TryAdvanceAsync(Commitment updated, CommitmentEvent change, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var key = IndexRows.Escape(updated.Id);
        var existing = change.Sequence == 2 ? null : await table.GetAsync(updated.Workspace.ToString(), key, cancellationToken);
        var previous = change.Sequence == 2
            ? CommitmentFacts.Created(updated with { Version = 1 })
            : existing?["Counted"] is string ? Read(existing) : null;
        if (previous is null || CommitmentFacts.After(previous, updated, change) is not { } next)
        {
            return false;
        }

        return await TryWriteAsync(table, Write(updated.Workspace, next), existing, cancellationToken);
    }

    /// <summary>Inserts <paramref name="row"/> (no <paramref name="existing"/> one) or replaces it under its ETag, with a new stamp; false when another writer got there first.</summary>
    private static async Task<bool> TryWriteAsync(ITable table, TableRow row, TableRow? existing, CancellationToken cancellationToken)
    {
        try
        {
            TableOperation write = existing is null ? new(TableOperationKind.Insert, row) : new(TableOperationKind.Replace, row, existing.ETag);
            await table.ExecuteBatchAsync([write, PartitionStamp.Renew(row.PartitionKey)], cancellationToken);
            return true;
        }
        catch (TableBatchFailedException ex) when (ex.Reason is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
        {
            return false;
        }
    }

    private static TableRow Write(WorkspaceId workspace, CommitmentFacts facts) => new(workspace.ToString(), IndexRows.Escape(facts.Id))
    {
        ["Id"] = facts.Id,
        ["Channel"] = facts.Channel,
        ["Owner"] = facts.Owner,
        ["Version"] = facts.Version,
        ["Counted"] = JsonSerializer.Serialize([.. facts.Counted], StorageJsonContext.Default.CountedEventArray),
        ["OnTrackJudged"] = facts.Answers.OnTrackJudged,
        ["OnTrackRight"] = facts.Answers.OnTrackRight,
        ["CheckInsSent"] = facts.Answers.CheckInsSent,
        ["Answers"] = facts.Answers.Answers,
    };

    private static CommitmentFacts Read(TableRow row) => new(
        CommitmentRows.Get<string>(row, "Id"),
        CommitmentRows.Get<string>(row, "Channel"),
        CommitmentRows.Get<string>(row, "Owner"),
        CommitmentRows.Get<long>(row, "Version"),
        JsonSerializer.Deserialize(CommitmentRows.Get<string>(row, "Counted"), StorageJsonContext.Default.CountedEventArray) ?? [],
        new AnswerCounts(
            CommitmentRows.Get<int>(row, "OnTrackJudged"), CommitmentRows.Get<int>(row, "OnTrackRight"),
            CommitmentRows.Get<int>(row, "CheckInsSent"), CommitmentRows.Get<int>(row, "Answers")));
}
