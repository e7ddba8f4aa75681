using StatusBot.Core.Answers;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Customers;

/// <summary>
/// <c>GET /customers/promises/{token}</c>: the promise page a signed link opens, while its stored link is not revoked.
/// It shows that customer's commitments in that workspace, nothing else.
/// </summary>
internal static class PromiseEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/customers/promises/{token}", [HttpMethods.Get, HttpMethods.Head], ShowAsync);

    private static async Task<IResult> ShowAsync(
        string token, CustomerLinks links, IPromiseLinkStore store, CommitmentService commitments, TimeProvider time, CancellationToken cancellationToken)
    {
        var read = links.ReadPromise(token);
        if (read.Value is not { } reference)
        {
            return LinkProblems.For(read.State);
        }

        var link = await store.GetAsync(reference.Workspace, reference.LinkId, cancellationToken);
        if (link is null)
        {
            return LinkProblems.For(LinkState.Invalid);
        }

        if (link.RevokedAt is not null)
        {
            return CustomerHtml.Problem(StatusCodes.Status410Gone, "This page has been withdrawn",
                "The person who shared it has withdrawn it. Please ask them for a new link.");
        }

        var theirs = (await commitments.ListAsync(link.Workspace, cancellationToken)).Where(c => PromiseLinkService.IsFor(c, link.Customer)).ToList();
        var histories = new Dictionary<string, IReadOnlyList<CommitmentEvent>>(StringComparer.Ordinal);
        foreach (var commitment in theirs)
        {
            histories[commitment.Id] = await commitments.HistoryAsync(link.Workspace, commitment.Id, cancellationToken);
        }

        var now = time.GetUtcNow();
        return PromisePage.Render(PromiseLedger.For(link.Customer, theirs, histories, now), DateOnly.FromDateTime(now.UtcDateTime));
    }
}
