using Azure;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.AzureTables;

/// <summary>Turns the service's answers (by <see cref="RequestFailedException.Status"/>) into the port's typed exceptions.</summary>
internal static class AzureErrors
{
    private static readonly HashSet<string> LimitCodes = new(StringComparer.Ordinal)
    {
        "EntityTooLarge", "PropertyValueTooLarge", "RequestBodyTooLarge", "TooManyProperties", "KeyValueTooLarge",
        "PropertyNameTooLong", "PropertyNameInvalid", "OutOfRangeInput",
    };

    /// <summary>The typed exception for this failure, or null when it is not about the row (throttling, auth, outage).</summary>
    public static TableStoreException? Map(RequestFailedException error, string table, TableRow row)
    {
        var where = TableRowValidator.Where(table, row);
        return (error.Status, error.ErrorCode) switch
        {
            (404, not "TableNotFound") => new EntityNotFoundException($"{where} does not exist.", error),
            (409, not "TableBeingDeleted") => new EntityAlreadyExistsException($"{where} already exists.", error),
            (412, _) => new ETagMismatchException($"{where} has changed: its ETag no longer matches.", error),
            (413, _) => new EntityTooLargeException($"{where} is over Azure Table Storage's limits ({error.ErrorCode}).", error),
            (400, { } code) when LimitCodes.Contains(code) =>
                new EntityTooLargeException($"{where} is over Azure Table Storage's limits ({code}).", error),
            _ => null,
        };
    }
}
