using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Answers;

/// <summary>Where a promise link's signed address comes from: the host, which signs it and knows its public address.</summary>
public interface IPromiseLinkAddresses
{
    /// <summary>How long a new link works unless revoked first.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>The signed address of <paramref name="link"/>.</summary>
    Uri SignedAddress(PromiseLink link);
}

/// <summary>A link shared or revoked, with its address while it works; or why not.</summary>
/// <param name="Link">The link as stored; null when refused.</param>
/// <param name="Address">Its signed address; null when refused or revoked.</param>
/// <param name="Refusal">What to tell the user when refused; null otherwise.</param>
public sealed record PromiseLinkResult(PromiseLink? Link, Uri? Address, string? Refusal);

/// <summary>
/// Shares a customer's promise page and revokes it, from chat or the admin API: the owner (or a co-owner) of one of the
/// customer's commitments in the workspace, or a workspace admin, may do either; whoever shared a link may revoke it.
/// </summary>
public sealed class PromiseLinkService(IPromiseLinkStore store, IPromiseLinkAddresses addresses, CommitmentService commitments, TimeProvider time)
{
    /// <summary>Makes a link to <paramref name="customer"/>'s promise page, or says why not.</summary>
    public async Task<PromiseLinkResult> ShareAsync(WorkspaceId workspace, string customer, ChatActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customer);
        ArgumentNullException.ThrowIfNull(actor);
        var theirs = await TheirsAsync(workspace, customer, cancellationToken);
        if (theirs.Count == 0)
        {
            return new(null, null, $"No commitment in this workspace was made to a customer named \"{customer.Trim()}\", so there is no promise page to share.");
        }

        if (!actor.IsWorkspaceAdmin && !theirs.Any(c => Answers(c, actor.UserId)))
        {
            return new(null, null, $"Only the owner of one of {theirs[0].Customer}'s commitments, or a workspace admin, can share their promise page.");
        }

        var now = time.GetUtcNow();
        var link = new PromiseLink(workspace, Guid.CreateVersion7(now).ToString("N"), theirs[0].Customer.Trim(), actor.UserId, now, now + addresses.Lifetime);
        await store.CreateAsync(link, cancellationToken);
        return new(link, addresses.SignedAddress(link), null);
    }

    /// <summary>Revokes link <paramref name="id"/> at once, or says why not.</summary>
    public async Task<PromiseLinkResult> RevokeAsync(WorkspaceId workspace, string id, ChatActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(actor);
        var link = await store.GetAsync(workspace, id.Trim(), cancellationToken);
        if (link is null)
        {
            return new(null, null, $"This workspace has no promise link \"{id.Trim()}\".");
        }

        if (!actor.IsWorkspaceAdmin && link.CreatedBy != actor.UserId
            && !(await TheirsAsync(workspace, link.Customer, cancellationToken)).Any(c => Answers(c, actor.UserId)))
        {
            return new(null, null, $"Only whoever shared it, the owner of one of {link.Customer}'s commitments, or a workspace admin, can revoke it.");
        }

        return new(await store.RevokeAsync(workspace, link.Id, actor.UserId, time.GetUtcNow(), cancellationToken), null, null);
    }

    /// <summary>True when <paramref name="commitment"/> was made to <paramref name="customer"/> (ignoring case and surrounding spaces, as the ledger does).</summary>
    public static bool IsFor(Commitment commitment, string customer)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(customer);
        return string.Equals(commitment.Customer.Trim(), customer.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<List<Commitment>> TheirsAsync(WorkspaceId workspace, string customer, CancellationToken cancellationToken) =>
        [.. (await commitments.ListAsync(workspace, cancellationToken)).Where(c => IsFor(c, customer)).OrderBy(c => c.CreatedAt)];

    private static bool Answers(Commitment commitment, string user) => commitment.Owner == user || commitment.CoOwners.Contains(user, StringComparer.Ordinal);
}
