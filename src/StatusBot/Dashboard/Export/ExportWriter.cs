using System.Globalization;
using System.Text.Json;
using CsvHelper;
using StatusBot.Core.Commitments;

namespace StatusBot.Dashboard.Export;

/// <summary>A commitment and its history, as exported.</summary>
internal sealed record ExportRow(Commitment Commitment, IReadOnlyList<CommitmentEvent> History);

/// <summary>
/// Writes an export: CSV with RFC 4180 quoting, text that a spreadsheet would run as a formula escaped with <c>'</c>;
/// JSON with the admin API's field names.
/// </summary>
internal static class ExportWriter
{
    private static readonly string[] CommitmentColumns =
        ["id", "title", "customer", "dueDate", "timeZone", "owner", "coOwners", "channel", "customerDestination", "noticeDays", "approver", "status", "health", "createdAt", "updatedAt"];

    private static readonly string[] EventColumns = ["commitmentId", "sequence", "at", "kind", "actor", "data"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static void CommitmentsCsv(IReadOnlyList<ExportRow> rows, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteHeader(CommitmentColumns);
        foreach (var c in rows.Select(r => r.Commitment))
        {
            foreach (var field in Fields(c))
            {
                csv.WriteField(field);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    public static void EventsCsv(IReadOnlyList<ExportRow> rows, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        csv.WriteHeader(EventColumns);
        foreach (var row in rows)
        {
            foreach (var e in row.History)
            {
                csv.WriteField(row.Commitment.Id);
                csv.WriteField(e.Sequence.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(e.At.ToString("O", CultureInfo.InvariantCulture));
                csv.WriteField(e.Kind.ToString());
                csv.WriteField(e.Actor);
                csv.WriteField(JsonSerializer.Serialize(e.Data, ExportJsonContext.Default.IReadOnlyDictionaryStringString));
                csv.EndRecord();
            }
        }

        csv.Flush();
    }

    public static void Json(IReadOnlyList<ExportRow> rows, Stream stream, DateTimeOffset exportedAt)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("exportedAt", exportedAt);
        json.WriteStartArray("commitments");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            var fields = Fields(row.Commitment);
            for (var i = 0; i < CommitmentColumns.Length; i++)
            {
                json.WriteString(CommitmentColumns[i], fields[i]);
            }

            json.WriteStartArray("history");
            foreach (var e in row.History)
            {
                json.WriteStartObject();
                json.WriteNumber("sequence", e.Sequence);
                json.WriteString("at", e.At);
                json.WriteString("kind", e.Kind.ToString());
                json.WriteString("actor", e.Actor);
                json.WritePropertyName("data");
                JsonSerializer.Serialize(json, e.Data, ExportJsonContext.Default.IReadOnlyDictionaryStringString);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string?[] Fields(Commitment c) =>
    [
        c.Id, c.Title, c.Customer, c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.TimeZone, c.Owner,
        string.Join(',', c.CoOwners), c.Channel, c.CustomerDestination, c.NoticeDays?.ToString(CultureInfo.InvariantCulture), c.Approver,
        c.Status.ToString(), c.Health.ToString(), c.CreatedAt.ToString("O", CultureInfo.InvariantCulture), c.UpdatedAt?.ToString("O", CultureInfo.InvariantCulture),
    ];
}
