namespace StatusBot.Core.Commitments;

/// <summary>
/// The <see cref="CommitmentEvent.Data"/> of an <see cref="CommitmentEventKind.Unreachable"/> event, and how a history
/// tells whether its problem is still open: until a message of the kind that failed goes out again, it is.
/// </summary>
public static class ReachEvents
{
    /// <summary>The platform's id of the address that could not be reached (<c>U0123</c>, <c>C0456</c>).</summary>
    public const string Address = "address";

    /// <summary>Whether the address is a user, a channel or an email address.</summary>
    public const string AddressKind = "addressKind";

    /// <summary>What the address is to the commitment: one of the <c>Role*</c> values.</summary>
    public const string Role = "role";

    /// <summary>The platform's code for the failure (<c>not_in_channel</c>, <c>http_403</c>).</summary>
    public const string Code = "code";

    /// <summary>What is wrong and what to do, in words a person can act on.</summary>
    public const string Reason = "reason";

    /// <summary>The ids of those who were told, comma-separated; empty when nobody could be.</summary>
    public const string Told = "told";

    /// <summary>For a problem found when the commitment was created or edited, the field that names the address.</summary>
    public const string Field = "field";

    /// <summary>
    /// On a check-in or reminder of a commitment with co-owners: the questions that got through, one line each starting
    /// with the user's id; a co-owner not among them was not reached by it.
    /// </summary>
    public const string Asked = "asked";

    /// <summary>The owner, in a direct message.</summary>
    public const string RoleOwner = "owner";

    /// <summary>The project channel.</summary>
    public const string RoleChannel = "channel";

    /// <summary>The customer's destination.</summary>
    public const string RoleCustomer = "customer";

    /// <summary>The whole workspace: the app's access is gone.</summary>
    public const string RoleWorkspace = "workspace";

    /// <summary>Anyone else (an approver, a delegate).</summary>
    public const string RoleOther = "other";

    /// <summary>
    /// The latest <see cref="CommitmentEventKind.Unreachable"/> event of <paramref name="history"/> (oldest first) that no
    /// successful send to the same role has followed, or null when every problem recorded has healed.
    /// </summary>
    public static CommitmentEvent? OpenProblem(IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Kind != CommitmentEventKind.Unreachable)
            {
                continue;
            }

            var role = history[i].Data.GetValueOrDefault(Role) ?? RoleOther;
            var address = history[i].Data.GetValueOrDefault(Address);
            for (var j = i + 1; j < history.Count; j++)
            {
                if (Reached(history[j], role, address))
                {
                    return null;
                }
            }

            return history[i];
        }

        return null;
    }

    /// <summary>
    /// Every problem of <paramref name="history"/> (oldest first) still open for <paramref name="commitment"/>: the latest
    /// <see cref="CommitmentEventKind.Unreachable"/> event of each address it still names, unless a successful send to the
    /// same role followed it. Oldest first.
    /// </summary>
    public static IReadOnlyList<CommitmentEvent> OpenProblems(Commitment commitment, IReadOnlyList<CommitmentEvent> history)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(history);
        var named = CommitmentReachCheck.Targets(commitment).Select(t => t.Address.Id).ToHashSet(StringComparer.Ordinal);
        var open = new List<CommitmentEvent>();
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            if (e.Kind != CommitmentEventKind.Unreachable || e.Data.GetValueOrDefault(Address) is not { } address || !named.Contains(address))
            {
                continue;
            }

            var role = e.Data.GetValueOrDefault(Role) ?? RoleOther;
            var later = history.Skip(i + 1);
            if (!later.Any(x => Reached(x, role, address) || (x.Kind == CommitmentEventKind.Unreachable && x.Data.GetValueOrDefault(Address) == address)))
            {
                open.Add(e);
            }
        }

        return open;
    }

    /// <summary>
    /// True when <paramref name="recorded"/> means a message reached <paramref name="address"/> in <paramref name="role"/>: a
    /// check-in that lists whom it asked reached only them.
    /// </summary>
    private static bool Reached(CommitmentEvent recorded, string role, string? address) => role switch
    {
        RoleOther when recorded.Data.TryGetValue(Asked, out var asked) =>
            asked.Split('\n').Any(line => address is not null && line.StartsWith(address + "\t", StringComparison.Ordinal)),
        // Someone else (a co-owner, an approver) is reached by a message to a person, never by a post in the channel.
        RoleOther when recorded.Kind is CommitmentEventKind.Escalated or CommitmentEventKind.MissedSilently => false,
        _ => Reached(recorded.Kind, role),
    };

    private static bool Reached(CommitmentEventKind kind, string role) => (kind, role) switch
    {
        (CommitmentEventKind.CheckInSent or CommitmentEventKind.Reminded or CommitmentEventKind.LateNoticePrompted, RoleOwner) => true,
        (CommitmentEventKind.Escalated or CommitmentEventKind.MissedSilently, RoleChannel) => true,
        (CommitmentEventKind.WarningSent, RoleCustomer) => true,
        (_, RoleOwner or RoleChannel or RoleCustomer) => false,
        _ => IsSend(kind),
    };

    private static bool IsSend(CommitmentEventKind kind) => kind is CommitmentEventKind.CheckInSent or CommitmentEventKind.Reminded
        or CommitmentEventKind.Escalated or CommitmentEventKind.MissedSilently or CommitmentEventKind.LateNoticePrompted or CommitmentEventKind.WarningSent;
}
