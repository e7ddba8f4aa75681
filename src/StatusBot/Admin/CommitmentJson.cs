using System.Globalization;
using System.Text.Json;
using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Admin;

/// <summary>
/// Reads a commitment's fields from a JSON body by hand, so that a present null (clear) differs from an
/// absent field (unchanged), and every wrong type or unknown name is a 400 that names the field.
/// </summary>
internal static class CommitmentJson
{
    /// <summary>The largest JSON body accepted.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly string[] TextFields =
        ["title", "customer", "dueDate", "timeZone", "owner", "channel", "customerDestination", "approver", "coOwners"];

    /// <summary>The fields present in the body (name -> raw value, null for JSON null), or a problem to answer with.</summary>
    public static async Task<(Dictionary<string, FieldEdit>? Fields, IResult? Problem)> ReadAsync(
        HttpRequest request, bool allowStatus, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, AdminProblems.UnsupportedMediaType("Send the body as JSON, with Content-Type: application/json."));
        }

        var body = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return (null, AdminProblems.TooLarge($"The body is larger than {MaxBytes / 1024} KiB; a commitment is much smaller."));
        }

        if (body.Length == 0)
        {
            return (null, AdminProblems.BadRequest("The body is empty; send a JSON object with the commitment's fields."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return (null, AdminProblems.BadRequest(
                $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}); send a JSON object with the commitment's fields."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, AdminProblems.BadRequest("The body must be a JSON object with the commitment's fields."));
            }

            var errors = new List<FieldError>();
            var fields = new Dictionary<string, FieldEdit>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (Read(property, allowStatus, errors) is { } value)
                {
                    fields[property.Name] = value;
                }
            }

            return errors.Count > 0 ? (null, AdminProblems.Invalid(errors)) : (fields, null);
        }
    }

    /// <summary>A new commitment from the fields; absent and null alike are missing.</summary>
    public static CommitmentInput ToInput(Dictionary<string, FieldEdit> fields)
    {
        string? Get(string name) => fields.TryGetValue(name, out var value) ? value.Value : null;
        return new(Get("title"), Get("customer"), Get("dueDate"), Get("timeZone"), Get("owner"), Get("channel"),
            Get("customerDestination"), Get("noticeDays"), Get("approver"), Get("coOwners"), Get("externalId"));
    }

    /// <summary>An edit from the fields; absent fields are left as they are.</summary>
    public static CommitmentEdit ToEdit(Dictionary<string, FieldEdit> fields)
    {
        FieldEdit? Get(string name) => fields.GetValueOrDefault(name);
        return new()
        {
            Title = Get("title"),
            Customer = Get("customer"),
            DueDate = Get("dueDate"),
            TimeZone = Get("timeZone"),
            Owner = Get("owner"),
            Channel = Get("channel"),
            CustomerDestination = Get("customerDestination"),
            NoticeDays = Get("noticeDays"),
            Approver = Get("approver"),
            CoOwners = Get("coOwners"),
            Status = Get("status"),
            DueDateReason = Get("dueDateReason")?.Value,
        };
    }

    private static FieldEdit? Read(JsonProperty property, bool allowStatus, List<FieldError> errors)
    {
        var name = property.Name;
        var value = property.Value;
        if (TextFields.Contains(name, StringComparer.Ordinal) || (allowStatus ? name is "status" or "dueDateReason" : name == "externalId"))
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return new(value.GetString());
                case JsonValueKind.Null:
                    return FieldEdit.Clear;
                default:
                    errors.Add(new(name, $"{name} must be a string, not {Describe(value.ValueKind)}."));
                    return null;
            }
        }

        if (name == "noticeDays")
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return FieldEdit.Clear;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var days))
            {
                return new(days.ToString(CultureInfo.InvariantCulture));
            }

            errors.Add(new(name, value.ValueKind == JsonValueKind.Number
                ? $"noticeDays must be a whole number of working days; {value.GetRawText()} is not one."
                : $"noticeDays must be a whole number of working days (or null), not {Describe(value.ValueKind)}."));
            return null;
        }

        var known = allowStatus ? "title, customer, dueDate, timeZone, owner, channel, customerDestination, noticeDays, approver, coOwners, status, dueDateReason (ours or customer)"
            : "title, customer, dueDate, timeZone, owner, channel, customerDestination, noticeDays, approver, coOwners, externalId";
        errors.Add(new(name, $"'{name}' is not a field that can be set here; the fields are {known}."));
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };
}
