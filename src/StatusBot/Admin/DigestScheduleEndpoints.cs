using StatusBot.Core.Chat;
using System.Text.Json;
using StatusBot.Core.Digests;
using StatusBot.Scheduling;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET</c>, <c>PUT</c> and <c>DELETE /api/workspaces/{workspace}/channels/{channel}/digest/schedule</c>:
/// when the channel's digest is posted, in the words of the chat command (<c>daily 09:00</c>,
/// <c>weekly monday 09:00</c>) and the channel's time zone.
/// </summary>
internal static class DigestScheduleEndpoints
{
    public static IEndpointRouteBuilder MapDigestScheduleEndpoints(this IEndpointRouteBuilder app)
    {
        var schedule = app.MapGroup("/api/workspaces/{workspace}/channels/{channel}/digest/schedule").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        schedule.MapGet("/", GetAsync);
        schedule.MapPut("/", PutAsync);
        schedule.MapDelete("/", DeleteAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string workspace, string channel, IDigestScheduleStore schedules, TimeProvider time, CancellationToken cancellationToken) =>
        await schedules.GetAsync(WorkspaceId.Parse(workspace), channel, cancellationToken) is { } schedule
            ? View(schedule, time)
            : TypedResults.Problem($"Channel {channel} has no digest schedule; it gets digests on demand only.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static async Task<IResult> PutAsync(
        string workspace, string channel, HttpRequest request, DigestScheduler scheduler, TimeProvider time, CancellationToken cancellationToken)
    {
        DigestScheduleRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, AdminJsonContext.Default.DigestScheduleRequest, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return AdminProblems.BadRequest("""Send JSON like {"schedule": "weekly monday 09:00", "timeZone": "Europe/Berlin"}.""");
        }

        var parsed = DigestSchedule.Parse(WorkspaceId.Parse(workspace), channel, body.Schedule, body.TimeZone ?? "");
        if (!parsed.IsValid)
        {
            return AdminProblems.Invalid(parsed.Errors);
        }

        await scheduler.SetAsync(parsed.Value!, cancellationToken);
        return View(parsed.Value!, time);
    }

    private static async Task<IResult> DeleteAsync(string workspace, string channel, IDigestScheduleStore schedules, CancellationToken cancellationToken)
    {
        await schedules.RemoveAsync(WorkspaceId.Parse(workspace), channel, cancellationToken);
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<DigestScheduleView> View(DigestSchedule schedule, TimeProvider time) => TypedResults.Json(
        new DigestScheduleView(schedule.ToString(), schedule.Cron, schedule.TimeZone, DigestScheduler.Next(schedule, time.GetUtcNow())),
        AdminJsonContext.Default.DigestScheduleView);
}

/// <summary>A schedule as sent: the chat command's words and the channel's time zone.</summary>
internal sealed record DigestScheduleRequest(string? Schedule, string? TimeZone);

/// <summary>A schedule as shown, with its cron expression and next occurrence.</summary>
internal sealed record DigestScheduleView(string Schedule, string Cron, string TimeZone, DateTimeOffset Next);
