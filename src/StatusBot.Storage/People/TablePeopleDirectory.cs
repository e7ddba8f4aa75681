using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.People;

/// <summary>
/// The people directory in the <c>people</c> table: one partition per workspace, one row per person, guarded by the
/// row's ETag (see <see cref="PersonRows"/> for the row's shape).
/// </summary>
public sealed class TablePeopleDirectory(ITableStore store) : IPeopleDirectory
{
    internal const string TableName = "people";

    /// <inheritdoc />
    public async Task<Person?> GetAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), PersonRows.RowKey(userId), cancellationToken);
        return row is null ? null : PersonRows.Read(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Person>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var rows = await table.QueryAllAsync(workspace.ToString(), cancellationToken: cancellationToken);
        return [.. rows.Select(PersonRows.Read)];
    }

    /// <inheritdoc />
    public async Task<Person> SaveAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrEmpty(person.UserId);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = PersonRows.Write(person);
        try
        {
            // A replace, never a merge: a detail cleared (null) must not survive from the stored row.
            var eTag = person.ConcurrencyToken is { } token
                ? await table.ReplaceAsync(row, token, cancellationToken)
                : await table.UpsertAsync(row, cancellationToken: cancellationToken);
            return person with { ConcurrencyToken = eTag };
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            throw new PersonConflictException($"{person.UserId} in {person.Workspace} changed (or was removed) since it was read.", ex);
        }
    }
}
