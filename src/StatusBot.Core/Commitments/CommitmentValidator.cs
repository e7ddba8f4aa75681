using StatusBot.Core.Chat;
using System.Globalization;
using System.Net.Mail;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>Turns what a user typed into a commitment, or into messages that say what to fix.</summary>
public static class CommitmentValidator
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest customer name accepted.</summary>
    public const int MaxCustomerLength = 200;

    /// <summary>The longest user, channel or destination id accepted.</summary>
    public const int MaxIdLength = 254;

    /// <summary>The largest notice period accepted, in working days.</summary>
    public const int MaxNoticeDays = 260;

    /// <summary>
    /// Validates <paramref name="input"/> and, when it is acceptable, makes a new open commitment whose
    /// due date is today or later in its own time zone.
    /// </summary>
    public static Validated<Commitment> Create(CommitmentInput input, WorkspaceId workspace, string id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);

        var errors = new List<FieldError>();
        var title = Text(input.Title, "title", MaxTitleLength, errors);
        var customer = Text(input.Customer, "customer", MaxCustomerLength, errors);
        var dueDate = Date(input.DueDate, errors);
        var zone = Zone(input.TimeZone, errors);
        if (zone is not null && dueDate is { } due)
        {
            NotPast(due, zone, now, errors);
        }

        var owner = Text(input.Owner, "owner", MaxIdLength, errors);
        var channel = Text(input.Channel, "channel", MaxIdLength, errors);
        var destination = Destination(input.CustomerDestination, errors);
        var noticeDays = NoticeDays(input.NoticeDays, errors);
        var approver = Optional(input.Approver, "approver", errors);
        var coOwners = owner is null ? [] : CoOwners.Parse(input.CoOwners, owner, errors);
        var externalId = Optional(input.ExternalId, "externalId", errors);

        if (errors.Count > 0)
        {
            return Validated.Refused<Commitment>(errors);
        }

        return Validated.Ok(new Commitment
        {
            Id = id,
            Workspace = workspace,
            Title = title!,
            Customer = customer!,
            DueDate = dueDate!.Value,
            TimeZone = zone!.Id,
            Owner = owner!,
            Channel = channel!,
            CustomerDestination = destination!,
            NoticeDays = noticeDays,
            Approver = approver,
            CoOwners = coOwners ?? [],
            ExternalId = externalId,
            HealthSince = now,
            CreatedAt = now,
        });
    }

    /// <summary>The IANA zone named by <paramref name="value"/>, or null with an error for <c>timeZone</c>.</summary>
    internal static TimeZoneInfo? Zone(string? value, List<FieldError> errors)
    {
        if (TimeZones.TryFind(value?.Trim(), out var zone))
        {
            return zone;
        }

        errors.Add(new("timeZone", $"'{value}' is not an IANA time zone; use one like Europe/Berlin or America/New_York."));
        return null;
    }

    /// <summary>
    /// Adds an error for <c>dueDate</c> when <paramref name="due"/> has already passed in <paramref name="zone"/>, or is
    /// further ahead than <see cref="DueDateHorizon"/> allows.
    /// </summary>
    internal static void NotPast(DateOnly due, TimeZoneInfo zone, DateTimeOffset now, List<FieldError> errors)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (due < today)
        {
            errors.Add(new("dueDate", $"{due:yyyy-MM-dd} has already passed in {zone.Id}; a due date must be today or later."));
        }
        else if (DueDateHorizon.Refusal(due, today) is { } tooFar)
        {
            errors.Add(new("dueDate", tooFar));
        }
    }

    internal static string? Text(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(new(field, $"{field} is required."));
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(new(field, $"{field} is {trimmed.Length} characters long; it can be at most {maxLength}."));
            return null;
        }

        return trimmed;
    }

    internal static string? Optional(string? value, string field, List<FieldError> errors) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, MaxIdLength, errors);

    internal static DateOnly? Date(string? value, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new("dueDate", "dueDate is required, as yyyy-MM-dd (for example 2027-03-31)."));
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new("dueDate", $"'{value}' is not a date as yyyy-MM-dd (for example 2027-03-31)."));
            return null;
        }

        return date;
    }

    internal static string? Destination(string? value, List<FieldError> errors)
    {
        var destination = Text(value, "customerDestination", MaxIdLength, errors);
        if (destination is not null && Chat.ChatAddress.IsEmail(destination) && !MailAddress.TryCreate(destination, out _))
        {
            errors.Add(new("customerDestination", $"'{destination}' looks like an email address but is not a valid one."));
            return null;
        }

        return destination;
    }

    internal static int? NoticeDays(string? value, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > MaxNoticeDays)
        {
            errors.Add(new("noticeDays", $"'{value}' is not a whole number of working days from 0 to {MaxNoticeDays}."));
            return null;
        }

        return days;
    }
}
