namespace StatusBot.Core.Slips;

/// <summary>
/// Something that moves a slip conversation on. <see cref="Actor"/> is the user who acted, as the adapter
/// verified it; null for what the host itself reports (timeouts, deliveries, reminders, crash recovery).
/// </summary>
/// <param name="Actor">The acting user's platform id, or null for the host.</param>
public abstract record SlipInput(string? Actor)
{
    /// <summary>True when the platform says the actor is a workspace admin, who may act for the owner.</summary>
    public bool ActorIsWorkspaceAdmin { get; init; }
}

/// <summary>The new date, as the date input sent it (<c>yyyy-MM-dd</c>).</summary>
public sealed record NewDateSubmitted(string Actor, string? Value) : SlipInput(Actor);

/// <summary>The parts of the message, as typed.</summary>
public sealed record PartsSubmitted(string Actor, SlipParts Parts) : SlipInput(Actor);

/// <summary>Back to the previous step (from an approval, this withdraws the request).</summary>
public sealed record SlipBack(string Actor) : SlipInput(Actor);

/// <summary>Discard the draft; the customer is not told.</summary>
public sealed record SlipCancel(string Actor) : SlipInput(Actor);

/// <summary>Send (or, with an approver, ask for approval); after an approval timed out, send without it.</summary>
public sealed record SlipSend(string Actor) : SlipInput(Actor);

/// <summary>Show the current step again: the owner reopening a draft, or (with no actor) the host retrying a send after a crash.</summary>
public sealed record SlipResume(string? Actor) : SlipInput(Actor);

/// <summary>The approver approved the warning.</summary>
public sealed record ApproverApproved(string Actor) : SlipInput(Actor);

/// <summary>The approver asked for changes, saying what in <paramref name="Note"/>.</summary>
public sealed record ApproverRequestedChanges(string Actor, string? Note) : SlipInput(Actor);

/// <summary>The host's clock reached the approval's approve-by time.</summary>
public sealed record ApprovalTimedOut() : SlipInput((string?)null);

/// <summary>The host delivered the warning under the state's idempotency key.</summary>
public sealed record WarningDelivered(string MessageId) : SlipInput((string?)null);

/// <summary>The host's clock reached the draft reminder time (see <see cref="DraftReminders"/>).</summary>
public sealed record DraftReminderDue() : SlipInput((string?)null);
