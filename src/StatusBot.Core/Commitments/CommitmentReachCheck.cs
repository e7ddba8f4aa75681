using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>
/// Checks on the platform the people and places a commitment names (owner, co-owners, approver, project channel,
/// customer destination) when it is created or edited, all at once. An id the platform does not know at all refuses
/// the change (<see cref="Errors"/>); one it knows but cannot reach is let through and recorded as an
/// <see cref="CommitmentEventKind.Unreachable"/> event (<see cref="Record"/>), so the digest and the admin API show it.
/// </summary>
public sealed class CommitmentReachCheck
{
    private readonly IReachabilityCheck _check;

    /// <summary>Checks through <paramref name="check"/> (the host's routing over every platform).</summary>
    public CommitmentReachCheck(IReachabilityCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _check = check;
    }

    /// <summary>
    /// What the platform says about each address of <paramref name="commitment"/>, or only of those that differ from
    /// <paramref name="before"/> when it is given (an edit). Email addresses are not checked.
    /// </summary>
    public async Task<IReadOnlyList<ReachFinding>> CheckAsync(Commitment commitment, Commitment? before = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var known = before is null ? [] : Targets(before).Select(t => (t.Field, t.Address)).ToHashSet();
        var targets = Targets(commitment).Where(t => !known.Contains((t.Field, t.Address)) && t.Address.Kind != ChatAddressKind.Email).ToList();
        var answers = await Task.WhenAll(targets.Select(t => _check.CheckAsync(t.Address, cancellationToken)));
        return [.. targets.Select((t, i) => new ReachFinding(t.Field, t.Role, t.Address, answers[i]))];
    }

    /// <summary>A form error for each address the platform does not know at all; empty when there is none.</summary>
    public static IReadOnlyList<FieldError> Errors(IReadOnlyList<ReachFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings.Where(f => f.Answer.Status == ReachabilityStatus.Missing).Select(f => new FieldError(f.Field, f.Answer.Problem ?? $"There is no {f.Address.Id}."))];
    }

    /// <summary>
    /// The change recording <paramref name="finding"/> as a problem of <paramref name="commitment"/>, told to
    /// <paramref name="told"/> (who made the change, in the answer); null when the finding is no problem or the
    /// commitment no longer names its address.
    /// </summary>
    public static CommitmentChange? Record(Commitment commitment, ReachFinding finding, string? told, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Answer.Status != ReachabilityStatus.Unreachable || !Targets(commitment).Any(t => t.Address == finding.Address))
        {
            return null;
        }

        var data = new Dictionary<string, string>
        {
            [ReachEvents.Address] = finding.Address.Id,
            [ReachEvents.AddressKind] = finding.Address.Kind.ToString(),
            [ReachEvents.Role] = finding.Role,
            [ReachEvents.Code] = finding.Answer.Code ?? "unreachable",
            [ReachEvents.Reason] = finding.Answer.Problem ?? $"StatusBot cannot reach {finding.Address.Id}.",
            [ReachEvents.Told] = told ?? string.Empty,
            [ReachEvents.Field] = finding.Field,
        };
        return commitment.Record(CommitmentEventKind.Unreachable, actor: null, now,
            c => c with { CheckIns = c.CheckIns with { LastUnreachableAt = now } }, data);
    }

    /// <summary>Each address <paramref name="commitment"/> names, with its field and role.</summary>
    internal static IEnumerable<(string Field, string Role, ChatAddress Address)> Targets(Commitment commitment)
    {
        var workspace = commitment.Workspace;
        yield return ("owner", ReachEvents.RoleOwner, ChatAddress.ToUser(workspace, commitment.Owner));
        foreach (var coOwner in commitment.CoOwners)
        {
            yield return ("coOwners", ReachEvents.RoleOther, ChatAddress.ToUser(workspace, coOwner));
        }

        if (commitment.Approver is { } approver)
        {
            yield return ("approver", ReachEvents.RoleOther, ChatAddress.ToUser(workspace, approver));
        }

        yield return ("channel", ReachEvents.RoleChannel, ChatAddress.ToChannel(workspace, commitment.Channel));
        yield return ("customerDestination", ReachEvents.RoleCustomer, ChatAddress.ForDestination(workspace, commitment.CustomerDestination));
    }
}
