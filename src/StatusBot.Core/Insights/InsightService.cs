using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Insights;

/// <summary>
/// A workspace's trends and calibration from one partition read: its commitments' kept facts. A workspace whose facts are
/// not complete yet (kept from before facts were) reads its listing once, judges the commitments whose facts are missing
/// or behind from their histories, keeps them and marks the workspace complete.
/// </summary>
public sealed class InsightService(ICommitmentStore commitments, ICommitmentFactsStore facts, DigestService digests, TimeProvider time)
{
    /// <summary>How many histories are read at once when facts need judging.</summary>
    private const int ParallelReads = 8;

    /// <summary>The last <paramref name="months"/> months' trends of the workspace.</summary>
    public async Task<Trends> TrendsAsync(WorkspaceId workspace, int months, CancellationToken cancellationToken = default) =>
        TrendBuilder.Build(await FactsAsync(workspace, cancellationToken), time.GetUtcNow(), months);

    /// <summary>
    /// The digest of the whole workspace over the last <paramref name="days"/> days, its numbers summed from the kept facts,
    /// so of the commitments changed in the period only those ever warned need their history read.
    /// </summary>
    public async Task<Digest> NowAsync(WorkspaceId workspace, int days, CancellationToken cancellationToken = default)
    {
        var all = await FactsAsync(workspace, cancellationToken);
        var period = DigestPeriod.LastDays(time.GetUtcNow(), days);
        var warned = all.Where(f => f.Counted.Any(e => e.Kind == CountedEventKind.Warning)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var numbers = DigestNumbers.Sum(all.SelectMany(f => f.Counted), period);
        return await digests.BuildForWorkspaceAsync(workspace, days, numbers, c => warned.Contains(c.Id), cancellationToken);
    }

    /// <summary>Every owner's calibration and response rate in the workspace.</summary>
    public async Task<IReadOnlyList<Calibration>> CalibrationAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        Calibration.For(await FactsAsync(workspace, cancellationToken));

    /// <summary>The facts of the workspace's commitments (those with only their creation may be left out: they count nothing).</summary>
    public async Task<IReadOnlyList<CommitmentFacts>> FactsAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        var kept = await facts.ListAsync(workspace, cancellationToken);
        if (!kept.Complete)
        {
            return await CompleteAsync(workspace, kept, cancellationToken);
        }

        var judged = await JudgeAsync(workspace, kept.Unkept, id => commitments.GetAsync(workspace, id, cancellationToken), cancellationToken);
        return [.. kept.Facts, .. judged];
    }

    private async Task<IReadOnlyList<CommitmentFacts>> CompleteAsync(WorkspaceId workspace, KeptFacts kept, CancellationToken cancellationToken)
    {
        var listed = (await commitments.ListAsync(workspace, cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var stored = kept.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var current = listed.Values.Where(c => c.Version > 1 && stored.GetValueOrDefault(c.Id)?.Version >= c.Version).Select(c => stored[c.Id]).ToList();
        var missing = listed.Values.Where(c => c.Version > 1 && !(stored.GetValueOrDefault(c.Id)?.Version >= c.Version)).Select(c => c.Id).ToList();
        var judged = await JudgeAsync(workspace, missing, id => Task.FromResult(listed.GetValueOrDefault(id)), cancellationToken);
        await Parallel.ForEachAsync(judged, cancellationToken, async (f, ct) => await facts.SaveAsync(workspace, f, ct));
        await facts.MarkCompleteAsync(workspace, cancellationToken);
        return [.. current, .. judged];
    }

    /// <summary>Judges the commitments <paramref name="ids"/> from their histories, up to the version <paramref name="find"/> gives.</summary>
    private async Task<List<CommitmentFacts>> JudgeAsync(
        WorkspaceId workspace, IReadOnlyList<string> ids, Func<string, Task<Commitment?>> find, CancellationToken cancellationToken)
    {
        var judged = new System.Collections.Concurrent.ConcurrentBag<CommitmentFacts>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            if (await find(id) is { } c)
            {
                var history = await commitments.GetHistoryAsync(workspace, c.Id, ct);
                // Events after the version read (a writer ahead of it) belong to a later judgement.
                judged.Add(CommitmentFacts.For(c, [.. history.Where(e => e.Sequence <= c.Version)]));
            }
        });
        return [.. judged];
    }
}
