using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Validation;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// The check-in rules an admin edits on <c>/app/settings</c>, as submitted (text, so a wrong value is shown back as it
/// was typed). Field names are those of <see cref="CheckInSettings.Errors"/> and the admin API.
/// </summary>
public sealed class CheckInForm
{
    /// <summary>The local time check-ins go out, as <c>HH:mm</c>.</summary>
    public string? CheckInTime { get; set; }

    /// <summary>Days out beyond which check-ins are far apart.</summary>
    public string? FarThresholdDays { get; set; }

    /// <summary>Days between check-ins far from the due date.</summary>
    public string? FarIntervalDays { get; set; }

    /// <summary>Days between check-ins nearer the due date.</summary>
    public string? NearIntervalDays { get; set; }

    /// <summary>Days out within which check-ins are closest.</summary>
    public string? FinalThresholdDays { get; set; }

    /// <summary>Days between check-ins close to the due date.</summary>
    public string? FinalIntervalDays { get; set; }

    /// <summary>The working days ticked, by name (<c>monday</c>), as the admin API names them.</summary>
    public IList<string>? WorkingDays { get; set; }

    /// <summary>Start of the working day, as <c>HH:mm</c>.</summary>
    public string? WorkdayStart { get; set; }

    /// <summary>End of the working day, as <c>HH:mm</c>.</summary>
    public string? WorkdayEnd { get; set; }

    /// <summary>Start of the quiet hours, as <c>HH:mm</c>.</summary>
    public string? QuietHoursStart { get; set; }

    /// <summary>End of the quiet hours, as <c>HH:mm</c>.</summary>
    public string? QuietHoursEnd { get; set; }

    /// <summary>The days of the week in the order the form lists them, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } = [.. Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7))];

    /// <summary>A day as the form and the admin API name it.</summary>
    public static string DayName(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>The form filled with <paramref name="settings"/>.</summary>
    public static CheckInForm From(CheckInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        static string Hm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return new CheckInForm
        {
            CheckInTime = Hm(settings.CheckInTime),
            WorkingDays = [.. Week.Where(settings.WorkingDays.Contains).Select(DayName)],
            WorkdayStart = Hm(settings.WorkdayStart),
            WorkdayEnd = Hm(settings.WorkdayEnd),
            QuietHoursStart = Hm(settings.QuietHoursStart),
            QuietHoursEnd = Hm(settings.QuietHoursEnd),
            FarThresholdDays = N(settings.FarThresholdDays),
            FarIntervalDays = N(settings.FarIntervalDays),
            NearIntervalDays = N(settings.NearIntervalDays),
            FinalThresholdDays = N(settings.FinalThresholdDays),
            FinalIntervalDays = N(settings.FinalIntervalDays),
        };
    }

    /// <summary>
    /// <paramref name="current"/> with this form's values, checked by <see cref="CheckInSettings.Errors"/> as the admin API
    /// checks them; or the errors, by field, when a value cannot be read or the settings cannot be used.
    /// </summary>
    public (CheckInSettings? Settings, IReadOnlyList<FieldError> Errors) ApplyTo(CheckInSettings current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var errors = new List<FieldError>();
        var time = Time(CheckInTime, "checkInTime", errors);
        var next = current with
        {
            CheckInTime = time ?? current.CheckInTime,
            FarThresholdDays = Days(FarThresholdDays, "farThresholdDays", errors) ?? current.FarThresholdDays,
            FarIntervalDays = Days(FarIntervalDays, "farIntervalDays", errors) ?? current.FarIntervalDays,
            NearIntervalDays = Days(NearIntervalDays, "nearIntervalDays", errors) ?? current.NearIntervalDays,
            FinalThresholdDays = Days(FinalThresholdDays, "finalThresholdDays", errors) ?? current.FinalThresholdDays,
            FinalIntervalDays = Days(FinalIntervalDays, "finalIntervalDays", errors) ?? current.FinalIntervalDays,
            WorkingDays = Weekdays(WorkingDays, errors) ?? current.WorkingDays,
            WorkdayStart = Time(WorkdayStart, "workdayStart", errors) ?? current.WorkdayStart,
            WorkdayEnd = Time(WorkdayEnd, "workdayEnd", errors) ?? current.WorkdayEnd,
            QuietHoursStart = Time(QuietHoursStart, "quietHoursStart", errors) ?? current.QuietHoursStart,
            QuietHoursEnd = Time(QuietHoursEnd, "quietHoursEnd", errors) ?? current.QuietHoursEnd,
        };
        errors.AddRange(next.Errors().Where(e => !errors.Any(known => known.Field == e.Field)));
        return errors.Count == 0 ? (next, []) : (null, errors);
    }

    private static TimeOnly? Time(string? text, string field, List<FieldError> errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(new FieldError(field, $"'{text}' is not a time of day; write it as HH:mm, such as 10:00."));
        return null;
    }

    /// <summary>The days ticked (none ticked is left to <see cref="CheckInSettings.Errors"/> to name), or null when one is not a day.</summary>
    private static HashSet<DayOfWeek>? Weekdays(IList<string>? names, List<FieldError> errors)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var name in names ?? [])
        {
            if (Week.Where(d => string.Equals(DayName(d), name.Trim(), StringComparison.OrdinalIgnoreCase)).Cast<DayOfWeek?>().FirstOrDefault() is not { } day)
            {
                errors.Add(new FieldError("workingDays", $"'{name}' is not a day of the week; tick the days from Monday to Sunday."));
                return null;
            }

            days.Add(day);
        }

        return days;
    }

    private static int? Days(string? text, string field, List<FieldError> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 366)
        {
            return days;
        }

        errors.Add(new FieldError(field, $"'{text}' is not a number of days; write a whole number from 0 to 366."));
        return null;
    }
}

/// <summary>A holiday as submitted from the date field (<c>yyyy-MM-dd</c>).</summary>
public static class HolidayField
{
    /// <summary>The form field's name.</summary>
    public const string Name = "holidayDate";

    /// <summary>The date, or an error for the field.</summary>
    public static (DateOnly? Date, FieldError? Error) Read(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, new FieldError(Name, string.IsNullOrWhiteSpace(text) ? "Pick the day off." : $"'{text}' is not a date; write it as yyyy-MM-dd."));
}

/// <summary>One labelled field of a settings form, with what is wrong with its value (shown beside it), if anything.</summary>
/// <param name="Name">The field's name and id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Value">The value shown: the one in force, or the one submitted.</param>
/// <param name="Error">What is wrong with the submitted value, or null.</param>
/// <param name="Type">The input type (<c>text</c>, <c>time</c>, <c>date</c>).</param>
/// <param name="Hint">A short example shown with the label, or null.</param>
public sealed record FormField(string Name, string Label, string? Value, string? Error, string Type = "text", string? Hint = null)
{
    /// <summary>True for a whole number of days.</summary>
    public bool IsNumber { get; init; }
}
