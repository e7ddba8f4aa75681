using System.Text.Json.Serialization;
using StatusBot.Admin;
using StatusBot.Core.Answers;
using StatusBot.Core.Chat;

namespace StatusBot.Customers;

/// <summary>
/// The admin API for promise pages: <c>POST /api/workspaces/{workspace}/customers/{name}/promise-links</c> makes a signed
/// link to send the customer, <c>GET /api/workspaces/{workspace}/promise-links</c> lists them, and
/// <c>DELETE /api/workspaces/{workspace}/promise-links/{id}</c> revokes one at once, on every host.
/// </summary>
internal static class PromiseLinkEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/api/workspaces/{workspace}").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        links.MapPost("/customers/{name}/promise-links", CreateAsync);
        links.MapGet("/promise-links", ListAsync);
        links.MapDelete("/promise-links/{id}", RevokeAsync);
    }

    /// <summary>The admin API acts as a workspace admin.</summary>
    private static ChatActor Admin(string workspace) => new(WorkspaceId.Parse(workspace), AdminEndpoints.Actor) { IsWorkspaceAdmin = true };

    private static async Task<IResult> CreateAsync(string workspace, string name, PromiseLinkService service, CustomerLinks links, CancellationToken cancellationToken)
    {
        var shared = await service.ShareAsync(WorkspaceId.Parse(workspace), name, Admin(workspace), cancellationToken);
        return shared.Link is { } link
            ? TypedResults.Json(View(link, links), PromiseLinkJson.Default.PromiseLinkView, statusCode: StatusCodes.Status201Created)
            : NotFound(shared.Refusal!);
    }

    private static async Task<IResult> ListAsync(string workspace, IPromiseLinkStore store, CustomerLinks links, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(WorkspaceId.Parse(workspace), cancellationToken);
        return TypedResults.Json(new PromiseLinkListView([.. all.OrderBy(l => l.CreatedAt).Select(l => View(l, links))]), PromiseLinkJson.Default.PromiseLinkListView);
    }

    private static async Task<IResult> RevokeAsync(string workspace, string id, PromiseLinkService service, CustomerLinks links, CancellationToken cancellationToken)
    {
        var revoked = await service.RevokeAsync(WorkspaceId.Parse(workspace), id, Admin(workspace), cancellationToken);
        return revoked.Link is { } link ? TypedResults.Json(View(link, links), PromiseLinkJson.Default.PromiseLinkView) : NotFound(revoked.Refusal!);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>A revoked link shows no address: there is none to send any more.</summary>
    private static PromiseLinkView View(PromiseLink link, CustomerLinks links) => new(
        link.Id, link.Customer, link.RevokedAt is null ? links.PromiseUrl(link.Workspace, link.Id, link.ExpiresAt).ToString() : null,
        link.CreatedBy, link.CreatedAt, link.ExpiresAt, link.RevokedAt, link.RevokedBy);
}

/// <summary>A promise link as the admin API shows it.</summary>
internal sealed record PromiseLinkView(
    string Id, string Customer, string? Url, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string? RevokedBy);

/// <summary>A workspace's promise links.</summary>
internal sealed record PromiseLinkListView(IReadOnlyList<PromiseLinkView> Links);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PromiseLinkView))]
[JsonSerializable(typeof(PromiseLinkListView))]
internal sealed partial class PromiseLinkJson : JsonSerializerContext;
