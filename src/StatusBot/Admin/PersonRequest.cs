using System.Globalization;
using System.Net.Mail;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Validation;

namespace StatusBot.Admin;

/// <summary>
/// The body of <c>PUT .../people/{user}</c>: every detail an admin may set, as text, so that a bad date, time or day
/// is a field error with its own message rather than a failure to read the JSON. Left out (or null) means not set.
/// </summary>
internal sealed record PersonRequest(
    string? DisplayName,
    string? TimeZone,
    IReadOnlyList<string>? WorkingDays,
    string? WorkdayStart,
    string? WorkdayEnd,
    string? Manager,
    string? Delegate,
    IReadOnlyList<TimeOffRequest>? TimeOff,
    string? Email)
{
    /// <summary>The fields, in the order the API documents them.</summary>
    public const string Fields = "displayName, timeZone, workingDays, workdayStart, workdayEnd, manager, delegate, timeOff, email";

    /// <summary>The most time-off ranges one person keeps.</summary>
    public const int MaxTimeOff = 100;

    /// <summary>The longest display name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The details as typed values, or every reason they cannot be.</summary>
    public Validated<PersonDetails> Parse()
    {
        var errors = new List<FieldError>();
        var details = new PersonDetails(
            Text(DisplayName, "displayName", MaxNameLength, errors),
            Text(TimeZone, "timeZone", MaxNameLength, errors),
            Days(errors),
            Time(WorkdayStart, "workdayStart", errors),
            Time(WorkdayEnd, "workdayEnd", errors),
            Text(Manager, "manager", CommitmentValidator.MaxIdLength, errors),
            Text(Delegate, "delegate", CommitmentValidator.MaxIdLength, errors),
            Ranges(errors),
            Address(errors));
        return errors.Count == 0 ? Validated.Ok(details) : Validated.Refused<PersonDetails>(errors);
    }

    private static string? Text(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength || trimmed.Any(char.IsControl))
        {
            errors.Add(new(field, $"{field} must be at most {maxLength} characters, with no control characters."));
            return null;
        }

        return trimmed;
    }

    private HashSet<DayOfWeek>? Days(List<FieldError> errors)
    {
        if (WorkingDays is null)
        {
            return null;
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var name in WorkingDays)
        {
            // Letters only: Enum.TryParse would also take "1" or "Monday, Friday".
            if (name is { Length: > 0 } && name.All(char.IsAsciiLetter) && Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day))
            {
                days.Add(day);
            }
            else
            {
                errors.Add(new("workingDays", $"'{name}' is not a day of the week; name days like \"Monday\"."));
            }
        }

        return days;
    }

    private static TimeOnly? Time(string? value, string field, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(new(field, $"'{value}' is not a time of day; write it as \"09:00\" (24-hour)."));
        return null;
    }

    private List<DateRange> Ranges(List<FieldError> errors)
    {
        var ranges = new List<DateRange>();
        if (TimeOff is null)
        {
            return ranges;
        }

        if (TimeOff.Count > MaxTimeOff)
        {
            errors.Add(new("timeOff", $"At most {MaxTimeOff} ranges of time off, not {TimeOff.Count}; drop the ones that are over."));
            return ranges;
        }

        foreach (var range in TimeOff)
        {
            var start = Date(range?.Start, "start", errors);
            var end = Date(range?.End, "end", errors);
            if (start is { } from && end is { } to)
            {
                ranges.Add(new(from, to));
            }
        }

        return ranges;
    }

    private static DateOnly? Date(string? value, string part, List<FieldError> errors)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new("timeOff", value is null
            ? $"Each range of time off needs a {part}, like {{\"start\": \"2026-12-21\", \"end\": \"2027-01-04\"}}."
            : $"'{value}' is not a date; write the {part} as yyyy-MM-dd."));
        return null;
    }

    private string? Address(List<FieldError> errors)
    {
        var email = Text(Email, "email", CommitmentValidator.MaxIdLength, errors);
        if (email is null || (MailAddress.TryCreate(email, out var parsed) && parsed.Address == email))
        {
            return email;
        }

        errors.Add(new("email", $"'{email}' is not an email address like name@example.com."));
        return null;
    }
}

/// <summary>One range of time off as sent: both days included, <c>yyyy-MM-dd</c>.</summary>
internal sealed record TimeOffRequest(string? Start, string? End);

/// <summary>The details an admin sets on a person, typed; the bot's own (reach, when it last read them) are not among them.</summary>
internal sealed record PersonDetails(
    string? DisplayName,
    string? TimeZone,
    IReadOnlySet<DayOfWeek>? WorkingDays,
    TimeOnly? WorkdayStart,
    TimeOnly? WorkdayEnd,
    string? Manager,
    string? Delegate,
    IReadOnlyList<DateRange> TimeOff,
    string? Email)
{
    /// <summary><paramref name="person"/> with these details in place of theirs, and the rest as stored.</summary>
    public Person ApplyTo(Person person) => person with
    {
        DisplayName = DisplayName,
        TimeZone = TimeZone,
        WorkingDays = WorkingDays,
        WorkdayStart = WorkdayStart,
        WorkdayEnd = WorkdayEnd,
        Manager = Manager,
        Delegate = Delegate,
        TimeOff = TimeOff,
        Email = Email,
    };
}
