using StatusBot.Core.Chat;
using System.Globalization;
using System.Text;
using CsvHelper;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Admin;

/// <summary>
/// <c>POST .../commitments/import</c>: creates a commitment from each valid CSV row (or updates the one its
/// <c>externalId</c> names, so importing a file again never duplicates), ignores columns that are no field, and
/// reports each refused row by its line. The whole file is read and checked before anything is stored, so a file
/// that cannot be read (no header, bad quoting, too large) changes nothing. Each row is stored as one
/// commitment or not at all. A row's <c>manager</c>, when it has one, becomes the owner's manager in the people
/// directory (checked with <see cref="PersonRules"/>, and against the rows before it, and stored once the commitment
/// is); a manager refused refuses the row, so its commitment is not created either, and a row refused leaves the
/// directory as it was.
/// </summary>
internal static class CommitmentImportHandler
{
    /// <summary>The largest file accepted.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The most rows one import takes.</summary>
    public const int MaxRows = 5000;

    private static readonly string[] Required = ["title", "customer", "dueDate", "timeZone", "owner", "channel", "customerDestination"];
    private static readonly string[] Optional = ["noticeDays", "approver", "coOwners", "manager", "externalId"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IResult> HandleAsync(
        string workspace, HttpRequest request, CommitmentService service, IPeopleDirectory directory, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsCsv(request.ContentType))
        {
            return AdminProblems.UnsupportedMediaType("Send the file as CSV, with Content-Type: text/csv.");
        }

        var body = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return AdminProblems.TooLarge($"The CSV is larger than {MaxBytes / (1024 * 1024)} MiB; split it into smaller files.");
        }

        if (!IsUtf8(body))
        {
            return AdminProblems.BadRequest("The CSV is not UTF-8 text; save it as CSV UTF-8 and send it again.");
        }

        CsvTable table;
        try
        {
            table = CsvRows.Read(body, MaxRows);
        }
        catch (CsvTooLongException)
        {
            return AdminProblems.TooLarge($"The CSV has more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows; split it into smaller files.");
        }
        catch (CsvFormatException ex)
        {
            return AdminProblems.BadRequest($"Line {ex.LineNumber}: the quoting is malformed (a quote inside an unquoted field, text after a closing quote, or a quote never closed); nothing was imported.");
        }

        if (Columns(table.Header, out var columns, out var ignored) is { } headerProblem)
        {
            return AdminProblems.BadRequest(headerProblem);
        }

        var id = WorkspaceId.Parse(workspace);
        var managers = columns.ContainsKey("manager") ? new ManagerColumn(directory, id, await directory.ListAsync(id, cancellationToken), time) : null;
        var byExternalId = columns.ContainsKey("externalId") ? await CommitmentImportRows.ExternalIdsAsync(service, id, cancellationToken) : [];
        var import = new CommitmentImportRows(id, columns, service, managers, byExternalId);
        foreach (var row in table.Rows)
        {
            if (row.Fields.Count != table.Header.Count)
            {
                import.RefuseWidth(row, table.Header.Count);
                continue;
            }

            await import.ImportAsync(row, cancellationToken);
        }

        return TypedResults.Json(import.View(ignored), AdminJsonContext.Default.ImportView);
    }

    /// <summary>
    /// Maps each field to its column, ignoring columns that are no field (a CRM export's extras); returns why the header is
    /// not acceptable, or null.
    /// </summary>
    private static string? Columns(IReadOnlyList<string> header, out Dictionary<string, int> columns, out List<string> ignored)
    {
        columns = new Dictionary<string, int>(StringComparer.Ordinal);
        ignored = [];
        var known = Required.Concat(Optional).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is not { } field)
            {
                ignored.Add(name);
            }
            else if (!columns.TryAdd(field, i))
            {
                return $"The header names the column {field} twice.";
            }
        }

        var found = columns;
        var missing = Required.Where(r => !found.ContainsKey(r)).ToList();
        var extra = ignored.Count == 0 ? string.Empty : $" It ignored the columns {string.Join(", ", ignored)}.";
        return missing.Count == 0
            ? null
            : $"The header has no column {string.Join(", ", missing)}; the first line must name the columns {string.Join(", ", Required)} (and optionally {string.Join(", ", Optional)}).{extra}";
    }

    private static bool IsCsv(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsUtf8(byte[] body)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
