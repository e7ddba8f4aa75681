using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Digests;

/// <summary>
/// Builds a channel's digest from one read of the channel's commitments (plus the histories of those
/// changed in the period whose warnings, misses or deliveries the numbers count), and posts it to the channel.
/// </summary>
public sealed class DigestService
{
    /// <summary>The line budget a posted digest keeps to (Slack: 50 blocks).</summary>
    public const int PostedLines = 48;

    /// <summary>How many histories are read at once.</summary>
    private const int ParallelReads = 8;

    private readonly ICommitmentStore _store;
    private readonly ICheckInSettingsStore _settings;
    private readonly TimeProvider _time;
    private readonly IPeopleDirectory? _people;

    /// <summary>Creates the service over its ports; with <paramref name="people"/>, posted digests name owners as the directory does.</summary>
    public DigestService(ICommitmentStore store, ICheckInSettingsStore settings, TimeProvider time, IPeopleDirectory? people = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        (_store, _settings, _time, _people) = (store, settings, time, people);
    }

    /// <summary>The digest of <paramref name="channel"/> now, its warnings and numbers over the last <paramref name="days"/> days.</summary>
    public async Task<Digest> BuildAsync(WorkspaceId workspace, string channel, int days = 7, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return await BuildFromAsync(workspace, await _store.ListByChannelAsync(workspace, channel, cancellationToken), days, cancellationToken);
    }

    /// <summary>The digest of the whole workspace now (every channel, one read of its partition), its warnings and numbers over the last <paramref name="days"/> days.</summary>
    public async Task<Digest> BuildForWorkspaceAsync(WorkspaceId workspace, int days = 7, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return await BuildFromAsync(workspace, await _store.ListAsync(workspace, cancellationToken), days, cancellationToken);
    }

    /// <summary>
    /// The same digest of the whole workspace with its <paramref name="numbers"/> counted already (from kept facts), so a
    /// commitment changed in the period needs its history read only when <paramref name="mayBeWarned"/> says it may have a
    /// warning in it (for the warnings listed and the customer's silence).
    /// </summary>
    public async Task<Digest> BuildForWorkspaceAsync(
        WorkspaceId workspace, int days, DigestNumbers numbers, Func<Commitment, bool> mayBeWarned, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(mayBeWarned);
        var digest = await BuildFromAsync(workspace, await _store.ListAsync(workspace, cancellationToken), days, cancellationToken, mayBeWarned);
        return digest with { Numbers = numbers };
    }

    private async Task<Digest> BuildFromAsync(
        WorkspaceId workspace, IReadOnlyList<Commitment> commitments, int days, CancellationToken cancellationToken, Func<Commitment, bool>? mayBeWarned = null)
    {
        var now = _time.GetUtcNow();
        var histories = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<CommitmentEvent>>(StringComparer.Ordinal);
        var period = DigestPeriod.LastDays(now, days);
        // Only a commitment changed in the period can have an event in it that the warnings and numbers count (a warning, a
        // miss, a delivery, a date moved by an edit, ours or the customer's): reads follow the period's activity, not the channel's age.
        // A warned commitment's history says whether its customer answered, which matters only where no more urgent rule applies.
        var settings = await _settings.GetAsync(workspace, cancellationToken);
        var zones = new ZoneCache();
        var needed = commitments.Where(c => ((c.UpdatedAt ?? c.CreatedAt) >= period.Start && mayBeWarned?.Invoke(c) != false) || MayBeUnreachable(c)
            || (AwaitsCustomer(c) && DigestRules.HingesOnCustomerSilence(c, settings, zones, now))).ToList();
        await Parallel.ForEachAsync(needed, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken }, async (c, ct) =>
            histories[c.Id] = await _store.GetHistoryAsync(workspace, c.Id, ct));

        return DigestBuilder.Build(commitments, histories, period, now, settings);
    }

    /// <summary>
    /// Posts the digest to the channel once per <paramref name="occasion"/> (for example the scheduled
    /// time, or the request that asked for it): posting the same occasion again sends nothing new. With
    /// <paramref name="picture"/> (the channel's trend chart), the picture goes with it.
    /// </summary>
    public async Task<SentMessage> PostAsync(
        WorkspaceId workspace, string channel, IChatPort chat, string occasion, string fullList, int days = 7, ChatImage? picture = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentException.ThrowIfNullOrWhiteSpace(occasion);
        var digest = await BuildAsync(workspace, channel, days, cancellationToken);
        var message = DigestMessages.ToChatMessage(await NamedAsync(digest, workspace, cancellationToken), PostedLines, fullList) with { Image = picture };
        return await chat.SendAsync(ChatAddress.ToChannel(workspace, channel), message, $"digest/{workspace}/{channel}/{occasion}", cancellationToken);
    }

    /// <summary>
    /// The digest with each owner the directory knows by name shown by that name, for people to read (one read of the
    /// workspace's directory); the admin API's digest keeps the ids.
    /// </summary>
    private async Task<Digest> NamedAsync(Digest digest, WorkspaceId workspace, CancellationToken cancellationToken)
    {
        if (_people is null || (digest.Sections.Count == 0 && digest.Warnings.Count == 0))
        {
            return digest;
        }

        var names = (await _people.ListAsync(workspace, cancellationToken))
            .Where(p => !string.IsNullOrWhiteSpace(p.DisplayName)).ToDictionary(p => p.UserId, p => p.DisplayName!.Trim(), StringComparer.Ordinal);
        string Name(string owner) => names.GetValueOrDefault(owner, owner);
        return digest with
        {
            Sections = [.. digest.Sections.Select(s => s with { Lines = [.. s.Lines.Select(l => l with { Owner = Name(l.Owner) })] })],
            Warnings = [.. digest.Warnings.Select(w => w with { Owner = Name(w.Owner) })],
        };
    }

    /// <summary>An open commitment that was warned: its history says whether the customer has answered the latest warning.</summary>
    private static bool AwaitsCustomer(Commitment commitment) =>
        commitment.Status == CommitmentStatus.Open && commitment.CheckIns.WarningSentFor is not null;

    /// <summary>An open commitment that ever met a permanent delivery failure: its history says whether it still stands.</summary>
    private static bool MayBeUnreachable(Commitment commitment) =>
        commitment.Status == CommitmentStatus.Open && commitment.CheckIns.LastUnreachableAt is not null;
}
