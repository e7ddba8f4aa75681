using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Core.People;
using StatusBot.Core.Workspaces;
using StatusBot.Teams.Inbound;

namespace StatusBot.Dashboard;

/// <summary>
/// What the pages show, read for one workspace only: its partition of the commitments table and the history
/// partitions of the commitments a page needs. Every method takes the signed-in person's workspace, never one from a URL.
/// </summary>
internal sealed class DashboardData(
    CommitmentService commitments, InsightService insights, IPeopleDirectory people, ITeamsConversationStore teams,
    IWorkspaceEraser eraser, TimeProvider time)
{
    /// <summary>How many histories are read at once.</summary>
    private const int ParallelReads = 8;

    public TimeProvider Time => time;

    /// <summary>What needs attention now, across every channel, with the last week's warnings and numbers.</summary>
    public Task<Digest> NowAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        insights.NowAsync(workspace, 7, cancellationToken);

    /// <summary>One commitment and its whole history, or null when this workspace has none with that id.</summary>
    public async Task<(Commitment Commitment, IReadOnlyList<CommitmentEvent> History)?> CommitmentAsync(
        WorkspaceId workspace, string id, CancellationToken cancellationToken)
    {
        var commitment = await commitments.GetAsync(workspace, id, cancellationToken);
        return commitment is null ? null : (commitment, await commitments.HistoryAsync(workspace, id, cancellationToken));
    }

    /// <summary>The last <paramref name="months"/> months' trends, from the workspace's commitment facts (one partition).</summary>
    public Task<Trends> TrendsAsync(WorkspaceId workspace, int months, CancellationToken cancellationToken) =>
        insights.TrendsAsync(workspace, months, cancellationToken);

    /// <summary>The last <paramref name="months"/> months' trends of one project channel, from that channel's commitments only.</summary>
    public async Task<Trends> ChannelTrendsAsync(WorkspaceId workspace, string channel, int months, CancellationToken cancellationToken)
    {
        var theirs = await commitments.ListByChannelAsync(workspace, channel, cancellationToken);
        return await TrendsOfAsync(workspace, theirs, months, cancellationToken);
    }

    private async Task<Trends> TrendsOfAsync(WorkspaceId workspace, IReadOnlyList<Commitment> all, int months, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now.AddMonths(-months);
        var histories = await HistoriesAsync(workspace, [.. all.Where(c => TrendBuilder.MayCount(c, since))], cancellationToken);
        return TrendBuilder.Build(all, histories, now, months);
    }

    /// <summary>Every owner's calibration and response rate, from the workspace's commitment facts (one partition).</summary>
    public Task<IReadOnlyList<Calibration>> CalibrationAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        insights.CalibrationAsync(workspace, cancellationToken);

    /// <summary>
    /// The ids a person signed in as <paramref name="userId"/> owns commitments under: that id and, in Teams, where it is their
    /// Entra object id, the Teams user id the bot learned beside it (commitments name that one).
    /// </summary>
    public async Task<IReadOnlySet<string>> OwnerIdsAsync(WorkspaceId workspace, string userId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { userId };
        if (workspace.Platform == ChatPlatform.Teams && Guid.TryParse(userId, out _)
            && await teams.FindUserAsync(workspace, userId, cancellationToken) is { } reference)
        {
            ids.Add(reference.Address.Id);
        }

        return ids;
    }

    /// <summary>Every customer of the workspace with how many commitments they were given and how many are open, by name.</summary>
    public async Task<IReadOnlyList<(string Customer, int Commitments, int Open)>> CustomersAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        [.. (await commitments.ListAsync(workspace, cancellationToken))
            .GroupBy(c => c.Customer.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Customer.Trim(), g.Count(), g.Count(c => c.Status == CommitmentStatus.Open)))
            .OrderBy(c => c.Item1, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The customer's ledger, or null when no commitment of the workspace names them.</summary>
    public async Task<PromiseLedger?> LedgerAsync(WorkspaceId workspace, string customer, CancellationToken cancellationToken)
    {
        var theirs = (await commitments.ListAsync(workspace, cancellationToken))
            .Where(c => string.Equals(c.Customer.Trim(), customer.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        return theirs.Count == 0
            ? null
            : PromiseLedger.For(customer, theirs, await HistoriesAsync(workspace, theirs, cancellationToken), time.GetUtcNow());
    }

    /// <summary>What an erasure of the workspace would delete now (events counted from each commitment's version).</summary>
    public async Task<WorkspaceErasure> ErasurePreviewAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        var all = await commitments.ListAsync(workspace, cancellationToken);
        var directory = await people.ListAsync(workspace, cancellationToken);
        return new WorkspaceErasure(all.Count, (int)all.Sum(c => c.Version), directory.Count, Settings: 0);
    }

    /// <summary>Deletes the workspace's commitments, histories, people and settings.</summary>
    public Task<WorkspaceErasure> EraseAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        eraser.EraseAsync(workspace, cancellationToken);

    /// <summary>Every commitment of the workspace with its history, oldest first, for export.</summary>
    public async Task<IReadOnlyList<(Commitment Commitment, IReadOnlyList<CommitmentEvent> History)>> EverythingAsync(
        WorkspaceId workspace, CancellationToken cancellationToken)
    {
        var all = (await commitments.ListAsync(workspace, cancellationToken)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var histories = await HistoriesAsync(workspace, all, cancellationToken);
        return [.. all.Select(c => (c, histories.GetValueOrDefault(c.Id) ?? []))];
    }

    private async Task<Dictionary<string, IReadOnlyList<CommitmentEvent>>> HistoriesAsync(
        WorkspaceId workspace, IReadOnlyList<Commitment> of, CancellationToken cancellationToken)
    {
        var histories = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<CommitmentEvent>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(of, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (c, ct) =>
            histories[c.Id] = await commitments.HistoryAsync(workspace, c.Id, ct));
        return new Dictionary<string, IReadOnlyList<CommitmentEvent>>(histories, StringComparer.Ordinal);
    }
}
