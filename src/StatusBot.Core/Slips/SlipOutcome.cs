using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Slips;

/// <summary>
/// What a sent warning changes, as data for the host to store and announce: a WarningSent event (with
/// the lead time) and then a DueDateMoved event, leaving the commitment due on the new date with its
/// health unknown, so check-ins continue against the new date; and a note for the project channel.
/// </summary>
/// <param name="Changes">The changes still to store, in order; empty when the commitment already shows them all.</param>
/// <param name="LeadTimeWorkingDays">Working days from the send to the old due date; negative when sent after it.</param>
/// <param name="ChannelNote">The note for the project channel.</param>
/// <param name="ChannelNoteKey">The idempotency key to post the note under.</param>
public sealed record SlipOutcome(IReadOnlyList<CommitmentChange> Changes, int LeadTimeWorkingDays, SlipReply ChannelNote, string ChannelNoteKey)
{
    /// <summary>The outcome of <paramref name="sent"/> for <paramref name="commitment"/> as stored now. Pure: the host may call it again after a crash.</summary>
    public static SlipOutcome For(SlipState sent, Commitment commitment, CheckInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(settings);
        if (sent.Step != SlipStep.Sent || sent is not { NewDate: { } newDate, SentAt: { } at, IdempotencyKey: { } key })
        {
            throw new InvalidOperationException($"Slip {sent.Id} is {sent.Step}, not sent: it has no outcome yet.");
        }

        var calendar = new WorkingCalendar(TimeZones.Get(commitment.TimeZone), settings);
        var lead = LeadTime(calendar.LocalDate(at), sent.OldDueDate, calendar);
        var old = sent.OldDueDate;
        var changes = new List<CommitmentChange>();
        var current = commitment;
        if (current.CheckIns.WarningSentFor != old)
        {
            var warned = current.Record(CommitmentEventKind.WarningSent, sent.SentBy, at, c => c with { CheckIns = c.CheckIns.OnWarningSent(old) }, WarningData(sent, commitment, lead, key));
            changes.Add(warned);
            current = warned.Commitment;
        }

        // The two are stored one after the other: a crash between them leaves the move still to do.
        if (current.DueDate == old)
        {
            changes.Add(current.Record(CommitmentEventKind.DueDateMoved, sent.SentBy, at, c => c with { DueDate = newDate, Health = Health.Unknown, HealthSince = at }, Dates(old, newDate)));
        }

        var note = new SlipReply(SlipAudience.Channel, ChatAddress.ToChannel(commitment.Workspace, commitment.Channel), new ChatMessage { Text = SlipTexts.ChannelNote(commitment, sent, lead), Mentions = [sent.SentBy ?? sent.Owner] });
        return new SlipOutcome(changes, lead, note, key + "/channel");
    }

    /// <summary>Working days from <paramref name="sentOn"/> to <paramref name="oldDueDate"/>: 0 on the day, negative after it.</summary>
    public static int LeadTime(DateOnly sentOn, DateOnly oldDueDate, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return sentOn <= oldDueDate ? calendar.WorkingDaysBetween(sentOn, oldDueDate) : -calendar.WorkingDaysBetween(oldDueDate, sentOn);
    }

    private static Dictionary<string, string> Dates(DateOnly old, DateOnly moved) => new()
    {
        [SlipEventData.OldDueDate] = SlipEventData.Format(old),
        [SlipEventData.NewDueDate] = SlipEventData.Format(moved),
    };

    private static Dictionary<string, string> WarningData(SlipState sent, Commitment commitment, int lead, string key)
    {
        var data = Dates(sent.OldDueDate, sent.NewDate!.Value);
        data[SlipEventData.LeadTimeWorkingDays] = lead.ToString(CultureInfo.InvariantCulture);
        data[SlipEventData.Destination] = commitment.CustomerDestination;
        data[SlipEventData.IdempotencyKey] = key;
        if (sent.SuggestedDate is { } suggested && suggested > sent.NewDate)
        {
            data[SlipEventData.SuggestedDate] = SlipEventData.Format(suggested);
        }

        if (sent.Approval is { Status: ApprovalStatus.Approved, Approver: var approver })
        {
            data[SlipEventData.ApprovedBy] = approver;
        }

        return data;
    }
}
