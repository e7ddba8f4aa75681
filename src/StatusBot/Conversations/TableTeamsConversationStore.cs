using StatusBot.Core.Chat;
using StatusBot.Storage.Tables;
using StatusBot.Teams.Inbound;

namespace StatusBot.Conversations;

/// <summary>
/// Teams conversation references in the <c>teamsconversations</c> table: partition the workspace, row key
/// the address (<c>User|29:...</c>, <c>Channel|19:...</c>), so the bot still reaches people after a restart
/// and from any host. A user whose Microsoft Entra object id is known also gets a row <c>Aad|&lt;object id&gt;</c> naming
/// their Teams id, so that one read finds them by it.
/// </summary>
internal sealed class TableTeamsConversationStore(ITableStore store) : ITeamsConversationStore
{
    private const string TableName = "teamsconversations";

    public async Task SaveAsync(TeamsConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        await table.UpsertAsync(new TableRow(reference.Address.Workspace.ToString(), RowKey(reference.Address))
        {
            ["ServiceUrl"] = reference.ServiceUrl.ToString(),
            ["ConversationId"] = reference.ConversationId,
            ["ConversationType"] = reference.ConversationType,
            ["TenantId"] = reference.TenantId,
            ["UserId"] = reference.UserId,
            ["UserAadObjectId"] = reference.UserAadObjectId,
            ["BotId"] = reference.BotId,
        }, cancellationToken: cancellationToken);
        if (reference.Address.Kind == ChatAddressKind.User && reference.UserAadObjectId is { Length: > 0 } aad)
        {
            await table.UpsertAsync(new TableRow(reference.Address.Workspace.ToString(), AadRowKey(aad)) { ["UserId"] = reference.Address.Id }, cancellationToken: cancellationToken);
        }
    }

    public async Task<TeamsConversationReference?> FindUserAsync(WorkspaceId workspace, string aadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var alias = await table.GetAsync(workspace.ToString(), AadRowKey(aadObjectId), cancellationToken);
        // The alias outlives an uninstall; the user's own row says whether StatusBot still reaches them.
        return alias?["UserId"] is string userId ? await GetAsync(ChatAddress.ToUser(workspace, userId), cancellationToken) : null;
    }

    public async Task<TeamsConversationReference?> GetAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(address.Workspace.ToString(), RowKey(address), cancellationToken);
        return row is null
            ? null
            : new TeamsConversationReference(address, new Uri((string)row["ServiceUrl"]!), row["ConversationId"] as string, (string)row["ConversationType"]!,
                (string)row["TenantId"]!, row["UserId"] as string, row["UserAadObjectId"] as string, (string)row["BotId"]!);
    }

    public async Task<bool> DeleteAsync(ChatAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteAsync(address.Workspace.ToString(), RowKey(address), "*", cancellationToken);
            return true;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }

    private static string RowKey(ChatAddress address) => Key(address.Kind.ToString(), address.Id);

    /// <summary>Object ids are GUIDs, written in any case: one row key for each.</summary>
    private static string AadRowKey(string aadObjectId) => Key("Aad", aadObjectId.ToLowerInvariant());

    /// <summary>
    /// The prefix and the escaped id; an id whose escaped form would not fit a row key is named by its hash instead, after a
    /// "!" that no escaped id holds.
    /// </summary>
    private static string Key(string prefix, string id)
    {
        var escaped = Uri.EscapeDataString(id);
        return prefix + "|" + (escaped.Length <= 400
            ? escaped
            : "!" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))));
    }
}
