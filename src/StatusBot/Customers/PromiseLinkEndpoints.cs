using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StatusBot.Admin;
using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

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

    private static async Task<IResult> CreateAsync(
        string workspace, string name, CommitmentService commitments, IPromiseLinkStore store, CustomerLinks links, IOptions<CustomersOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var workspaceId = WorkspaceId.Parse(workspace);
        var theirs = (await commitments.ListAsync(workspaceId, cancellationToken)).FirstOrDefault(c => PromisePage.IsCustomer(c, name));
        if (theirs is null)
        {
            return TypedResults.Problem(
                detail: $"No commitment in this workspace was made to a customer named '{name}', so there is no promise page to share.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var now = time.GetUtcNow();
        var link = new PromiseLink(workspaceId, Guid.CreateVersion7(now).ToString("N"), theirs.Customer.Trim(), AdminEndpoints.Actor, now, now + options.Value.PromiseLinkLifetime);
        await store.CreateAsync(link, cancellationToken);
        return TypedResults.Json(View(link, links), PromiseLinkJson.Default.PromiseLinkView, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListAsync(string workspace, IPromiseLinkStore store, CustomerLinks links, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(WorkspaceId.Parse(workspace), cancellationToken);
        return TypedResults.Json(new PromiseLinkListView([.. all.OrderBy(l => l.CreatedAt).Select(l => View(l, links))]), PromiseLinkJson.Default.PromiseLinkListView);
    }

    private static async Task<IResult> RevokeAsync(string workspace, string id, IPromiseLinkStore store, CustomerLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        var revoked = await store.RevokeAsync(WorkspaceId.Parse(workspace), id, AdminEndpoints.Actor, time.GetUtcNow(), cancellationToken);
        return revoked is null
            ? TypedResults.Problem(detail: $"This workspace has no promise link '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.Json(View(revoked, links), PromiseLinkJson.Default.PromiseLinkView);
    }

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
