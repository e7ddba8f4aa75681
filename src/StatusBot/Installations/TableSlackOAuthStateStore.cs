using StatusBot.Slack.Installations;
using StatusBot.Storage.Tables;

namespace StatusBot.Installations;

/// <summary>
/// OAuth <c>state</c> values in the <c>slackoauthstates</c> table (partition: the state). Redeeming deletes the row
/// against its ETag, so of two callbacks with one state only one gets through, on any host.
/// </summary>
internal sealed class TableSlackOAuthStateStore(ITableStore store) : ISlackOAuthStateStore
{
    private const string TableName = "slackoauthstates";
    private const string RowKey = "state";

    public async Task IssueAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.InsertAsync(new TableRow(state, RowKey) { ["ExpiresAt"] = expiresAt }, cancellationToken);
    }

    public async Task<bool> TryRedeemAsync(string state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        if (state.Length > 100 || !state.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false; // not one of ours (they are base64url), and not a key to look up
        }

        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(state, RowKey, cancellationToken);
        if (row is null)
        {
            return false;
        }

        try
        {
            await table.DeleteAsync(state, RowKey, row.ETag!, cancellationToken);
        }
        catch (Exception ex) when (ex is ETagMismatchException or EntityNotFoundException)
        {
            return false;
        }

        return (DateTimeOffset)row["ExpiresAt"]! > now;
    }
}
