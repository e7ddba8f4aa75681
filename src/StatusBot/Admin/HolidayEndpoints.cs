using System.Globalization;
using System.Text;
using System.Text.Json;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET</c> and <c>PUT /api/workspaces/{workspace}/settings/holidays</c>: the workspace's days off, part of its
/// check-in settings. A <c>PUT</c> takes JSON (<c>{"dates": ["2026-12-25"]}</c>) or an iCalendar file
/// (<c>text/calendar</c>, see <see cref="IcsHolidays"/>), replaces the holidays and keeps every other setting.
/// </summary>
internal static class HolidayEndpoints
{
    /// <summary>The largest body a <c>PUT</c> takes (a year of a country's calendar is a few KiB).</summary>
    public const int MaxBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapHolidayEndpoints(this IEndpointRouteBuilder app)
    {
        var holidays = app.MapGroup("/api/workspaces/{workspace}/settings/holidays").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        holidays.MapGet("/", GetAsync);
        holidays.MapPut("/", PutAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string workspace, ICheckInSettingsStore store, CancellationToken cancellationToken) =>
        View((await store.GetAsync(WorkspaceId.Parse(workspace), cancellationToken)).Holidays);

    private static async Task<IResult> PutAsync(string workspace, HttpRequest request, ICheckInSettingsStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var isCalendar = IsCalendar(request.ContentType);
        if (!isCalendar && !request.HasJsonContentType())
        {
            return AdminProblems.UnsupportedMediaType("""Send the holidays as application/json ({"dates": ["2026-12-25"]}) or as an iCalendar file (text/calendar).""");
        }

        var body = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return AdminProblems.TooLarge($"The holidays are larger than {MaxBytes / (1024 * 1024)} MiB.");
        }

        var (dates, problem) = isCalendar
            ? Calendar(body, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            : Json(body);
        if (problem is not null)
        {
            return problem;
        }

        if (dates!.Count > CheckInSettings.MaxHolidays)
        {
            return AdminProblems.Invalid([new("dates", $"At most {CheckInSettings.MaxHolidays} holidays, not {dates.Count}.")], "The holidays are not valid.");
        }

        var id = WorkspaceId.Parse(workspace);
        var settings = await store.GetAsync(id, cancellationToken) with { Holidays = dates };
        await store.SaveAsync(id, settings, cancellationToken);
        return View(settings.Holidays);
    }

    private static (IReadOnlySet<DateOnly>? Dates, IResult? Problem) Calendar(byte[] body, DateOnly today)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (null, AdminProblems.BadRequest("The calendar is not UTF-8 text."));
        }

        var (dates, problem) = IcsHolidays.Read(text, today);
        return problem is null ? (dates, null) : (null, AdminProblems.BadRequest(problem));
    }

    private static (IReadOnlySet<DateOnly>? Dates, IResult? Problem) Json(byte[] body)
    {
        HolidaysRequest? sent;
        try
        {
            sent = JsonSerializer.Deserialize(body, AdminJsonContext.Default.HolidaysRequest);
        }
        catch (JsonException)
        {
            sent = null;
        }

        if (sent?.Dates is null)
        {
            return (null, AdminProblems.BadRequest("""Send JSON like {"dates": ["2026-12-25", "2026-12-26"]} (an empty list clears the holidays)."""));
        }

        var dates = new HashSet<DateOnly>();
        var wrong = new List<string>();
        foreach (var text in sent.Dates)
        {
            if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                wrong.Add($"'{text}' is not a date; write it as yyyy-MM-dd.");
            }
        }

        return wrong.Count == 0
            ? (dates, null)
            : (null, AdminProblems.Invalid(wrong.Take(20).Select(w => new Core.Validation.FieldError("dates", w)), "The holidays are not valid."));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<HolidaysView> View(IReadOnlySet<DateOnly> holidays) =>
        TypedResults.Json(new HolidaysView([.. holidays.Order()]), AdminJsonContext.Default.HolidaysView);

    private static bool IsCalendar(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("text/calendar", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Holidays as sent: dates as <c>yyyy-MM-dd</c>.</summary>
internal sealed record HolidaysRequest(IReadOnlyList<string?>? Dates);

/// <summary>The workspace's holidays, earliest first.</summary>
internal sealed record HolidaysView(IReadOnlyList<DateOnly> Dates);
