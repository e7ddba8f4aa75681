using StatusBot.Core.Chat;
using System.Text.Json;
using StatusBot.Core.CheckIns;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET</c> and <c>PUT /api/workspaces/{workspace}/settings/check-ins</c>: the workspace's check-in
/// cadence, quiet hours, reminder and escalation rules, and holidays. A value left out of a <c>PUT</c> takes its default
/// (so a <c>PUT</c> without <c>holidays</c> clears them; <see cref="HolidayEndpoints"/> changes them alone).
/// </summary>
internal static class CheckInSettingsEndpoints
{
    public static IEndpointRouteBuilder MapCheckInSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/workspaces/{workspace}/settings/check-ins").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        settings.MapGet("/", GetAsync);
        settings.MapPut("/", PutAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string workspace, ICheckInSettingsStore store, CancellationToken cancellationToken) =>
        View(await store.GetAsync(WorkspaceId.Parse(workspace), cancellationToken));

    private static async Task<IResult> PutAsync(string workspace, HttpRequest request, ICheckInSettingsStore store, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return AdminProblems.UnsupportedMediaType("Send the settings as application/json.");
        }

        CheckInSettingsDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync(request.Body, AdminJsonContext.Default.CheckInSettingsDocument, cancellationToken);
        }
        catch (JsonException ex)
        {
            return AdminProblems.BadRequest($"The settings are not valid JSON of the expected shape at {ex.Path ?? "$"}: times as \"10:00:00\", durations as \"04:00:00\", days as \"monday\", holidays as [\"2026-12-25\"].");
        }

        if (document is null)
        {
            return AdminProblems.BadRequest("Send the settings as a JSON object.");
        }

        var settings = document.ToSettings();
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["settings"] = [.. problems] },
                detail: "These settings cannot be used; nothing was changed.",
                title: "The check-in settings are not valid.");
        }

        await store.SaveAsync(WorkspaceId.Parse(workspace), settings, cancellationToken);
        return View(settings);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<CheckInSettingsDocument> View(CheckInSettings settings) =>
        TypedResults.Json(CheckInSettingsDocument.From(settings), AdminJsonContext.Default.CheckInSettingsDocument);
}
