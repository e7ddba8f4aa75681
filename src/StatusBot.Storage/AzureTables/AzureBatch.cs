using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.AzureTables;

/// <summary>Runs a batch as one entity group transaction and names the operation that failed it.</summary>
internal static class AzureBatch
{
    public static async Task<IReadOnlyList<string>> ExecuteAsync(
        TableClient client, IReadOnlyList<TableOperation> operations, ILogger logger, CancellationToken cancellationToken)
    {
        TableBatchValidator.Validate(client.Name, operations);
        if (operations.Count == 0)
        {
            return [];
        }

        try
        {
            var response = await client.SubmitTransactionAsync(operations.Select(ToAction), cancellationToken);
            return response.Value.Select((r, i) => operations[i].Kind == TableOperationKind.Delete
                ? string.Empty
                : AzureEntityMapper.ToString(r.Headers.ETag)).ToList();
        }
        catch (TableTransactionFailedException e)
        {
            // Without an index the service blamed the batch as a whole; the first operation stands in for it.
            var index = e.FailedTransactionActionIndex ?? 0;
            var reason = AzureErrors.Map(e, client.Name, operations[index].Row);
            if (reason is null)
            {
                throw;
            }

            Log.BatchRolledBack(logger, client.Name, index);
            throw new TableBatchFailedException(index, reason);
        }
    }

    private static TableTransactionAction ToAction(TableOperation operation)
    {
        var entity = AzureEntityMapper.ToEntity(operation.Row);
        var eTag = AzureEntityMapper.ToETag(operation.ETag ?? "*");
        return operation.Kind switch
        {
            TableOperationKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, entity),
            TableOperationKind.Replace => new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, eTag),
            TableOperationKind.Merge => new TableTransactionAction(TableTransactionActionType.UpdateMerge, entity, eTag),
            TableOperationKind.UpsertReplace => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity),
            TableOperationKind.UpsertMerge => new TableTransactionAction(TableTransactionActionType.UpsertMerge, entity),
            TableOperationKind.Delete => new TableTransactionAction(TableTransactionActionType.Delete, entity, eTag),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "Unknown operation kind."),
        };
    }
}
