using StatusBot.Core.Chat;
using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Tests.Digests;

/// <summary>Commitments, events and histories for digest tests; "now" is Wed 10 Dec 2025, 12:00 UTC.</summary>
internal static class DigestGiven
{
    public static readonly DateTimeOffset Now = new(2025, 12, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2025, 12, 10);
    public static readonly DigestPeriod LastWeek = DigestPeriod.LastDays(Now, 7);

    public static Commitment Commitment(
        string id,
        int dueInDays = 20,
        Health health = Health.OnTrack,
        string? title = null,
        CommitmentStatus status = CommitmentStatus.Open,
        CheckInState? checkIns = null,
        string zone = "UTC",
        int? noticeDays = null,
        string customer = "Acme") => new()
    {
        Id = id,
        Workspace = WorkspaceId.Playground,
        Title = title ?? $"Title {id}",
        Customer = customer,
        DueDate = Today.AddDays(dueInDays),
        TimeZone = zone,
        Owner = "U_OWNER",
        Channel = "C_PROJECT",
        CustomerDestination = "C_ACME",
        NoticeDays = noticeDays,
        Status = status,
        Health = health,
        HealthSince = Now.AddDays(-3),
        CreatedAt = Now.AddDays(-60),
        CheckIns = checkIns ?? CheckInState.Initial,
    };

    public static CommitmentEvent Event(CommitmentEventKind kind, DateTimeOffset at, params (string Key, string Value)[] data) =>
        new(0, at, kind, null, data.ToDictionary(d => d.Key, d => d.Value));

    public static CommitmentEvent Warning(DateTimeOffset at, int leadTime, DateOnly? oldDue = null, DateOnly? newDue = null)
    {
        var data = new List<(string, string)> { (DigestEventData.LeadTimeWorkingDays, leadTime.ToString(CultureInfo.InvariantCulture)) };
        if (oldDue is { } old)
        {
            data.Add((DigestEventData.OldDueDate, DigestEventData.Format(old)));
        }

        if (newDue is { } next)
        {
            data.Add((DigestEventData.NewDueDate, DigestEventData.Format(next)));
        }

        return Event(CommitmentEventKind.WarningSent, at, [.. data]);
    }

    public static CommitmentEvent Moved(DateTimeOffset at, DateOnly oldDue, DateOnly newDue) =>
        Event(CommitmentEventKind.DueDateMoved, at,
            (DigestEventData.OldDueDate, DigestEventData.Format(oldDue)), (DigestEventData.NewDueDate, DigestEventData.Format(newDue)));

    public static CommitmentEvent Created(DateTimeOffset at, DateOnly? due = null) =>
        due is { } d ? Event(CommitmentEventKind.Created, at, (DigestEventData.DueDate, DigestEventData.Format(d))) : Event(CommitmentEventKind.Created, at);

    public static Dictionary<string, IReadOnlyList<CommitmentEvent>> Histories(params (string Id, CommitmentEvent[] Events)[] histories) =>
        histories.ToDictionary(h => h.Id, h => (IReadOnlyList<CommitmentEvent>)h.Events);
}
