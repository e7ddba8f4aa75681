namespace StatusBot.Core.CheckIns;

/// <summary>When a commitment's owner will next be asked, and why then.</summary>
/// <param name="At">The instant the check-in goes out.</param>
/// <param name="Reason">The rule that chose it, for example "every working day in the last week before the due date (Fri 12 Dec)".</param>
public sealed record ScheduledCheckIn(DateTimeOffset At, string Reason);
