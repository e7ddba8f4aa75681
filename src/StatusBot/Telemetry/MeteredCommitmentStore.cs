using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Telemetry;

/// <summary>
/// Counts what happened to commitments from the events as they are stored: an event counts once, when its write
/// succeeds, so a write lost to a concurrent writer (and retried) or a crash before the write counts nothing.
/// </summary>
internal sealed class MeteredCommitmentStore(ICommitmentStore inner, StatusBotMetrics metrics) : ICommitmentStore
{
    public Task<Commitment> CreateAsync(Commitment commitment, CommitmentEvent created, CancellationToken cancellationToken = default) =>
        inner.CreateAsync(commitment, created, cancellationToken);

    public Task<Commitment?> GetAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default) =>
        inner.GetAsync(workspace, id, cancellationToken);

    public Task<IReadOnlyList<Commitment>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken = default) =>
        inner.ListAsync(workspace, cancellationToken);

    public Task<IReadOnlyList<Commitment>> ListByChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default) =>
        inner.ListByChannelAsync(workspace, channel, cancellationToken);

    public Task<IReadOnlyList<Commitment>> ListByOwnerAsync(WorkspaceId workspace, string owner, CancellationToken cancellationToken = default) =>
        inner.ListByOwnerAsync(workspace, owner, cancellationToken);

    public async Task<Commitment> UpdateAsync(Commitment updated, CommitmentEvent change, CancellationToken cancellationToken = default)
    {
        var stored = await inner.UpdateAsync(updated, change, cancellationToken);
        Count(StatusBotMetrics.PlatformOf(stored.Workspace), change);
        return stored;
    }

    public Task<IReadOnlyList<CommitmentEvent>> GetHistoryAsync(WorkspaceId workspace, string id, CancellationToken cancellationToken = default) =>
        inner.GetHistoryAsync(workspace, id, cancellationToken);

    /// <summary>Adds one stored event to the meter it belongs to.</summary>
    internal void Count(string platform, CommitmentEvent stored)
    {
        var on = new KeyValuePair<string, object?>("statusbot.platform", platform);
        switch (stored.Kind)
        {
            case CommitmentEventKind.CheckInSent:
                metrics.CheckInsSent.Add(1, on);
                break;
            case CommitmentEventKind.Answered:
                metrics.CheckInsAnswered.Add(1, on, Tag<Health>("statusbot.health", stored, "health"));
                break;
            case CommitmentEventKind.Reminded:
                metrics.RemindersSent.Add(1, on);
                break;
            case CommitmentEventKind.Escalated or CommitmentEventKind.MissedSilently or CommitmentEventKind.AwayNoticeSent:
                var work = Tag<CheckInWorkKind>("statusbot.work", stored, "work");
                metrics.Escalations.Add(1, on, work);
                if (Equals(work.Value, nameof(CheckInWorkKind.Escalation)))
                {
                    metrics.CheckInsUnanswered.Add(1, on);
                }

                break;
            case CommitmentEventKind.WarningSent:
                metrics.WarningsSent.Add(1, on);
                if (stored.Data.TryGetValue(SlipEventData.LeadTimeWorkingDays, out var lead)
                    && int.TryParse(lead, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
                {
                    metrics.WarningLeadTime.Record(days, on);
                }

                break;
        }
    }

    /// <summary>A tag from one of the event's values when it names a <typeparamref name="T"/>; anything else is "other", so no free text becomes a tag.</summary>
    private static KeyValuePair<string, object?> Tag<T>(string name, CommitmentEvent stored, string key)
        where T : struct, Enum =>
        new(name, stored.Data.TryGetValue(key, out var value) && Enum.TryParse<T>(value, out var known) && Enum.IsDefined(known) && !char.IsDigit(value[0])
            ? known.ToString()
            : "other");
}
