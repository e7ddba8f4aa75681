using StatusBot.Core.Commitments;

namespace StatusBot.Dashboard;

/// <summary>How a commitment's history reads on its page: each event in words, and the message it sent, if any.</summary>
internal static class Timeline
{
    public static string Describe(CommitmentEventKind kind) => kind switch
    {
        CommitmentEventKind.Created => "Promised",
        CommitmentEventKind.Edited => "Edited",
        CommitmentEventKind.CheckInSent => "Check-in sent",
        CommitmentEventKind.Answered => "Owner answered",
        CommitmentEventKind.Reminded => "Owner reminded",
        CommitmentEventKind.Escalated => "Raised in the project channel",
        CommitmentEventKind.Snoozed => "Check-ins snoozed",
        CommitmentEventKind.SlipStarted => "Early warning started",
        CommitmentEventKind.WarningSent => "Customer warned",
        CommitmentEventKind.DueDateMoved => "Due date moved",
        CommitmentEventKind.Delivered => "Delivered",
        CommitmentEventKind.Cancelled => "Cancelled",
        CommitmentEventKind.MissedSilently => "Missed silently",
        CommitmentEventKind.LateNoticePrompted => "Owner asked to send a late notice",
        CommitmentEventKind.SlipProgressed => "Early warning progressed",
        CommitmentEventKind.Unreachable => "Could not reach someone",
        CommitmentEventKind.AwayNoticeSent => "Manager told the owner is away",
        _ => kind.ToString(),
    };

    /// <summary>Who got a message at this event, in words; null for an event that sent none.</summary>
    public static string? SentMessage(CommitmentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Kind switch
        {
            CommitmentEventKind.CheckInSent => "\"Is it on track?\" to the owner",
            CommitmentEventKind.Reminded => "a reminder to the owner",
            CommitmentEventKind.Escalated => "a note to the project channel (and the owner's manager, when known)",
            CommitmentEventKind.WarningSent => "the early warning to the customer" + (e.Data.GetValueOrDefault("destination") is { } to ? $" at {to}" : string.Empty),
            CommitmentEventKind.LateNoticePrompted => "a prompt to the owner to send a late notice",
            CommitmentEventKind.AwayNoticeSent => "a note to the owner's manager",
            _ => null,
        };
    }
}
