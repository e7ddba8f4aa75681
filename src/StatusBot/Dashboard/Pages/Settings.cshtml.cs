using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Digests;
using StatusBot.Core.Validation;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// <c>/app/settings</c>: the check-in rules, holidays and digest schedules in force, for every member to read. A workspace
/// admin also changes them here, through forms (anti-forgery checked) validated by the same Core rules as the admin API
/// and chat; a wrong value is shown back as typed with what is wrong beside it (400) and nothing changes. A POST from
/// anyone else is refused (403).
/// </summary>
internal sealed class SettingsModel(ICheckInSettingsStore settings, IDigestScheduleStore schedules, IDigestScheduler scheduler) : DashboardPageModel
{
    private static readonly Dictionary<string, string> SavedMessages = new(StringComparer.Ordinal)
    {
        ["checkins"] = "Saved the check-in rules.",
        ["holidays"] = "Saved the holidays.",
        ["schedules"] = "Saved the digest schedules.",
    };

    public CheckInSettings CheckIns { get; private set; } = CheckInSettings.Default;

    public IReadOnlyList<DigestSchedule> Schedules { get; private set; } = [];

    /// <summary>The check-in form's values: the settings in force, or what was submitted when it was refused.</summary>
    public CheckInForm CheckInValues { get; private set; } = new();

    public string? HolidayValue { get; private set; }

    public (string? Channel, string? When, string? TimeZone) ScheduleValues { get; private set; }

    /// <summary>What is wrong with what was submitted, by field.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The one line that says what was saved, after a change.</summary>
    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Saved = saved is null ? null : SavedMessages.GetValueOrDefault(saved);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckInsAsync(CheckInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!Me.IsAdmin)
        {
            return Refused();
        }

        var (next, errors) = form.ApplyTo(await settings.GetAsync(Me.Workspace, cancellationToken));
        if (next is null)
        {
            return await InvalidAsync(errors, () => CheckInValues = form, cancellationToken);
        }

        await settings.SaveAsync(Me.Workspace, next, cancellationToken);
        return RedirectToPage(new { saved = "checkins" });
    }

    public Task<IActionResult> OnPostAddHolidayAsync(string? holidayDate, CancellationToken cancellationToken) =>
        ChangeHolidaysAsync(holidayDate, add: true, cancellationToken);

    public Task<IActionResult> OnPostRemoveHolidayAsync(string? holidayDate, CancellationToken cancellationToken) =>
        ChangeHolidaysAsync(holidayDate, add: false, cancellationToken);

    public async Task<IActionResult> OnPostAddScheduleAsync(string? channel, string? schedule, string? timeZone, CancellationToken cancellationToken)
    {
        if (!Me.IsAdmin)
        {
            return Refused();
        }

        var parsed = DigestSchedule.Parse(Me.Workspace, channel ?? "", schedule, timeZone?.Trim() ?? "");
        if (!parsed.IsValid)
        {
            return await InvalidAsync(parsed.Errors, () => ScheduleValues = (channel, schedule, timeZone), cancellationToken);
        }

        await scheduler.SetAsync(parsed.Value!, cancellationToken);
        return RedirectToPage(new { saved = "schedules" });
    }

    public async Task<IActionResult> OnPostRemoveScheduleAsync(string? channel, CancellationToken cancellationToken)
    {
        if (!Me.IsAdmin)
        {
            return Refused();
        }

        if (!string.IsNullOrWhiteSpace(channel))
        {
            await scheduler.RemoveAsync(Me.Workspace, channel.Trim(), cancellationToken);
        }

        return RedirectToPage(new { saved = "schedules" });
    }

    private async Task<IActionResult> ChangeHolidaysAsync(string? holidayDate, bool add, CancellationToken cancellationToken)
    {
        if (!Me.IsAdmin)
        {
            return Refused();
        }

        var (date, error) = HolidayField.Read(holidayDate);
        var current = await settings.GetAsync(Me.Workspace, cancellationToken);
        var next = date is { } day
            ? current with { Holidays = new HashSet<DateOnly>(add ? current.Holidays.Append(day) : current.Holidays.Where(d => d != day)) }
            : current;
        IReadOnlyList<FieldError> errors = error is not null ? [error] : [.. next.Errors().Where(e => e.Field == "holidays").Select(e => e with { Field = HolidayField.Name })];
        if (errors.Count > 0)
        {
            return await InvalidAsync(errors, () => HolidayValue = holidayDate, cancellationToken);
        }

        await settings.SaveAsync(Me.Workspace, next, cancellationToken);
        return RedirectToPage(new { saved = "holidays" });
    }

    /// <summary>The page again with the errors beside their fields and the submitted values kept, as a 400.</summary>
    private async Task<IActionResult> InvalidAsync(IEnumerable<FieldError> errors, Action keepValues, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        keepValues();
        Errors = errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)), StringComparer.Ordinal);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CheckIns = await settings.GetAsync(Me.Workspace, cancellationToken);
        CheckInValues = CheckInForm.From(CheckIns);
        Schedules = [.. (await schedules.ListAsync(Me.Workspace, cancellationToken)).OrderBy(s => s.Channel, StringComparer.Ordinal)];
    }

    private StatusCodeResult Refused() => StatusCode(StatusCodes.Status403Forbidden);
}
