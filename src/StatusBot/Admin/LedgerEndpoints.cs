using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET /api/workspaces/{workspace}/customers/{name}/ledger</c>: every date the customer was given,
/// whether it was kept, how often it was re-planned and when each warning went out.
/// </summary>
internal static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedgerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workspaces/{workspace}/customers/{name}/ledger", GetAsync).AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(
        string workspace, string name, CommitmentService service, TimeProvider time, CancellationToken cancellationToken)
    {
        var workspaceId = WorkspaceId.Parse(workspace);
        var theirs = (await service.ListAsync(workspaceId, cancellationToken))
            .Where(c => string.Equals(c.Customer.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (theirs.Count == 0)
        {
            return TypedResults.Problem(
                detail: $"No commitment in this workspace was made to a customer named '{name}'.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var histories = new Dictionary<string, IReadOnlyList<CommitmentEvent>>(StringComparer.Ordinal);
        foreach (var commitment in theirs)
        {
            histories[commitment.Id] = await service.HistoryAsync(workspaceId, commitment.Id, cancellationToken);
        }

        var ledger = PromiseLedger.For(name, theirs, histories, time.GetUtcNow());
        return TypedResults.Json(ledger, AdminJsonContext.Default.PromiseLedger);
    }
}
