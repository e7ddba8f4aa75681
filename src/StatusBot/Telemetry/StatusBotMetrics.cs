using System.Diagnostics;
using System.Diagnostics.Metrics;
using StatusBot.Core.Chat;

namespace StatusBot.Telemetry;

/// <summary>
/// The host's meter and activity source, both named <c>StatusBot</c>: what StatusBot did for people (check-ins,
/// answers, reminders, escalations, warnings and their lead times), what it could not deliver, and how late the
/// scheduler ran. Tags are kinds, reasons and platforms only, never user text, names, addresses or tokens.
/// </summary>
internal sealed class StatusBotMetrics
{
    /// <summary>The name of the meter and the activity source.</summary>
    public const string Name = "StatusBot";

    /// <summary>The host's spans: scheduler ticks and chat sends.</summary>
    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Creates the instruments on a meter of <paramref name="meters"/>, so each host (and each test's host) counts apart.</summary>
    public StatusBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        CheckInsSent = meter.CreateCounter<long>(
            "statusbot.checkins.sent", "{check-in}", "Check-ins sent to owners.");
        CheckInsAnswered = meter.CreateCounter<long>(
            "statusbot.checkins.answered", "{answer}", "Answers to check-ins, by health.");
        CheckInsUnanswered = meter.CreateCounter<long>(
            "statusbot.checkins.unanswered", "{silence}", "Owners' silences raised in the project channel.");
        RemindersSent = meter.CreateCounter<long>(
            "statusbot.reminders.sent", "{reminder}", "Reminders of unanswered check-ins.");
        Escalations = meter.CreateCounter<long>(
            "statusbot.escalations", "{escalation}", "Silences, notice periods, missed dates and time off raised to the channel or a manager.");
        WarningsSent = meter.CreateCounter<long>(
            "statusbot.warnings.sent", "{warning}", "Early warnings delivered to customers.");
        WarningLeadTime = meter.CreateHistogram(
            "statusbot.warnings.lead_time", "{working_day}", "Working days between a warning and the date it moved (negative: sent late).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [-5, -1, 0, 1, 2, 3, 5, 10, 20] });
        DeliveriesFailed = meter.CreateCounter<long>(
            "statusbot.deliveries.failed", "{delivery}", "Messages a platform did not take, by kind and reason.");
        SchedulerLag = meter.CreateHistogram(
            "statusbot.scheduler.lag", "s", "How long after its time a wake-up was claimed by a host.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 5, 15, 30, 60, 300, 900, 3600] });
    }

    public Counter<long> CheckInsSent { get; }

    public Counter<long> CheckInsAnswered { get; }

    public Counter<long> CheckInsUnanswered { get; }

    public Counter<long> RemindersSent { get; }

    public Counter<long> Escalations { get; }

    public Counter<long> WarningsSent { get; }

    public Histogram<int> WarningLeadTime { get; }

    public Counter<long> DeliveriesFailed { get; }

    public Histogram<double> SchedulerLag { get; }

    /// <summary>The platform tag of a message's destination: slack, teams or email.</summary>
    public static string PlatformOf(ChatAddress to) =>
        to.Kind == ChatAddressKind.Email ? "email" : PlatformOf(to.Workspace);

    /// <summary>The platform tag of a workspace: slack or teams.</summary>
    public static string PlatformOf(WorkspaceId workspace) => workspace.Platform.ToString().ToLowerInvariant();
}
