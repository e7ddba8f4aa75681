using Azure;
using Azure.Data.Tables;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.AzureTables;

/// <summary>Maps <see cref="TableRow"/> to and from the SDK's <see cref="TableEntity"/>, keeping each value's type.</summary>
internal static class AzureEntityMapper
{
    // Keys the SDK puts in a TableEntity besides the row's own properties.
    private static readonly HashSet<string> SystemKeys = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "odata.metadata", "odata.type", "odata.id", "odata.editLink",
    };

    public static TableEntity ToEntity(TableRow row)
    {
        // The SDK writes long as Edm.Int64, double as Edm.Double, DateTimeOffset as Edm.DateTime (UTC),
        // Guid as Edm.Guid and byte[] as Edm.Binary, so each reads back as the type written.
        var entity = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (name, value) in row.Properties)
        {
            entity[name] = value;
        }

        return entity;
    }

    public static TableRow ToRow(TableEntity entity)
    {
        var row = new TableRow(entity.PartitionKey, entity.RowKey) { ETag = ToString(entity.ETag) };
        foreach (var (name, value) in entity)
        {
            if (SystemKeys.Contains(name) || name.EndsWith("@odata.type", StringComparison.Ordinal) || value is null)
            {
                continue;
            }

            row.Properties[name] = value switch
            {
                BinaryData data => data.ToArray(),
                DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
                DateTimeOffset date => date.ToUniversalTime(),
                _ => value,
            };
        }

        return row;
    }

    public static ETag ToETag(string eTag) => eTag == "*" ? ETag.All : new ETag(eTag);

    public static string ToString(ETag? eTag) => eTag?.ToString() ?? string.Empty;
}
