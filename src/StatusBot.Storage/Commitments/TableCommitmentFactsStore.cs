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
/// events, which tells readers to judge that commitment from its history. One more row marks the workspace complete.
/// </summary>
public sealed class TableCommitmentFactsStore(ITableStore store) : ICommitmentFactsStore
{
    internal const string TableName = "insights";

    /// <summary>The row that says every commitment's facts are kept; escaped ids never start with the separator.</summary>
    private const string CompleteRowKey = "|complete";

    /// <summary>Azure Tables allows 64 KiB (32K UTF-16 characters) per string property; stay below it.</summary>
    private const int MaxCountedChars = 30_000;

    /// <inheritdoc />
    public async Task<KeptFacts> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var rows = await table.QueryAllAsync(workspace.ToString(), cancellationToken: cancellationToken);
        var facts = rows.Where(r => r.RowKey != CompleteRowKey && r["Counted"] is string).Select(Read).ToList();
        var unkept = rows.Where(r => r.RowKey != CompleteRowKey && r["Counted"] is null).Select(r => CommitmentRows.Get<string>(r, "Id")).ToList();
        return new KeptFacts(facts, unkept, rows.Any(r => r.RowKey == CompleteRowKey));
    }

    /// <inheritdoc />
    public async Task MarkCompleteAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.UpsertAsync(new TableRow(workspace.ToString(), CompleteRowKey), cancellationToken: cancellationToken);
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

            try
            {
                _ = existing is null ? await table.InsertAsync(row, cancellationToken) : await table.ReplaceAsync(row, existing.ETag!, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
            {
                // Another writer changed the row meanwhile: look again and keep whichever version is later.
            }
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

        try
        {
            _ = existing is null
                ? await table.InsertAsync(Write(updated.Workspace, next), cancellationToken)
                : await table.ReplaceAsync(Write(updated.Workspace, next), existing.ETag!, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is EntityAlreadyExistsException or ETagMismatchException or EntityNotFoundException)
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
