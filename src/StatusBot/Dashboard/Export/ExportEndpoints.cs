using System.Security.Claims;
using StatusBot.Dashboard.SignIn;

namespace StatusBot.Dashboard.Export;

/// <summary>
/// Downloads of the signed-in person's workspace: <c>commitments.csv</c>, <c>events.csv</c> (one row per event) and
/// <c>workspace.json</c> (every commitment with its history). Nothing names a workspace in the URL.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder export)
    {
        export.MapGet("/commitments.csv", (ClaimsPrincipal user, DashboardData data, CancellationToken ct) =>
            DownloadAsync(user, data, "commitments.csv", "text/csv", ExportWriter.CommitmentsCsv, ct));
        export.MapGet("/events.csv", (ClaimsPrincipal user, DashboardData data, CancellationToken ct) =>
            DownloadAsync(user, data, "events.csv", "text/csv", ExportWriter.EventsCsv, ct));
        export.MapGet("/workspace.json", (ClaimsPrincipal user, DashboardData data, CancellationToken ct) =>
            DownloadAsync(user, data, "workspace.json", "application/json", (rows, stream) => ExportWriter.Json(rows, stream, data.Time.GetUtcNow()), ct));
    }

    private static async Task<IResult> DownloadAsync(
        ClaimsPrincipal principal, DashboardData data, string name, string contentType, Action<IReadOnlyList<ExportRow>, Stream> write, CancellationToken cancellationToken)
    {
        if (DashboardUser.From(principal) is not { } user)
        {
            return TypedResults.Forbid();
        }

        var rows = await data.EverythingAsync(user.Workspace, cancellationToken);
        var stream = new MemoryStream();
        write([.. rows.Select(r => new ExportRow(r.Commitment, r.History))], stream);
        stream.Position = 0;
        return TypedResults.File(stream, contentType, $"statusbot-{user.Workspace}-{name}");
    }
}
