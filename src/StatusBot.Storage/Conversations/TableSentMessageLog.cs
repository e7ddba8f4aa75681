using System.Security.Cryptography;
using System.Text;
using StatusBot.Core.Chat;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Conversations;

/// <summary>
/// The sent-message log in the <c>sentmessages</c> table: one partition per workspace, one row per
/// idempotency key (hashed, since keys may hold characters a row key may not).
/// </summary>
public sealed class TableSentMessageLog(ITableStore store) : ISentMessageLog
{
    internal const string TableName = "sentmessages";

    /// <inheritdoc />
    public async Task<SentMessage?> FindAsync(WorkspaceId workspace, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = await table.GetAsync(workspace.ToString(), RowKey(idempotencyKey), cancellationToken);
        return row is null
            ? null
            : new SentMessage(
                new ChatAddress(workspace, Enum.Parse<ChatAddressKind>((string)row["Kind"]!), (string)row["To"]!),
                (string)row["MessageId"]!,
                (string)row["ConversationId"]!);
    }

    /// <inheritdoc />
    public async Task RecordAsync(string idempotencyKey, SentMessage sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var table = await store.GetTableAsync(TableName, cancellationToken);
        var row = new TableRow(sent.To.Workspace.ToString(), RowKey(idempotencyKey))
        {
            ["Key"] = idempotencyKey,
            ["Kind"] = sent.To.Kind.ToString(),
            ["To"] = sent.To.Id,
            ["MessageId"] = sent.MessageId,
            ["ConversationId"] = sent.ConversationId,
        };
        try
        {
            await table.InsertAsync(row, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Recorded already: the first receipt stands.
        }
    }

    private static string RowKey(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
    }
}
