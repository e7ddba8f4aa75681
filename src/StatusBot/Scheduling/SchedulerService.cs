using Microsoft.Extensions.Options;
using StatusBot.Core.DueWork;
using StatusBot.Telemetry;

namespace StatusBot.Scheduling;

/// <summary>
/// Wakes on a timer from <see cref="TimeProvider"/> and does the check-in work that is due. Every host
/// runs one; leases in the shared store keep each piece of work to one of them.
/// </summary>
internal sealed partial class SchedulerService(
    DueWorkRunner runner, DigestScheduler digests, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<SchedulerService> logger,
    StatusBotMetrics? metrics = null) : BackgroundService
{
    /// <summary>This process's name in leases.</summary>
    internal string HostId { get; } = Environment.MachineName + "/" + Environment.ProcessId + "/" + Guid.NewGuid().ToString("N")[..8];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled();
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // A full batch means more is likely due: look again at once rather than sleep a tick on a backlog.
                if (!await TickAsync(settings.MaxPerTick, settings.Parallelism, stoppingToken))
                {
                    await Task.Delay(settings.TickInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-tick: what was not completed stays due for the next start.
        }
    }

    /// <summary>
    /// One look for due work, <paramref name="parallelism"/> wake-ups at a time. A failing store is logged and tried again
    /// next tick, never fatal. True when the batch was full, so more may be due now.
    /// </summary>
    internal async Task<bool> TickAsync(int max, int parallelism, CancellationToken cancellationToken)
    {
        using var span = StatusBotMetrics.Source.StartActivity("scheduler tick");
        try
        {
            var outcomes = await runner.RunDueAsync(HostId, max, parallelism, cancellationToken);
            span?.SetTag("statusbot.wakeups", outcomes.Count);
            foreach (var outcome in outcomes)
            {
                metrics?.SchedulerLag.Record(Math.Max(0, (outcome.TakenAt - outcome.WakeUp.At).TotalSeconds));
                if (outcome.Failure is { } failure)
                {
                    LogDeliveryDeferred(outcome.WakeUp.CommitmentId, failure.Message);
                }
                else if (outcome.HeldElsewhere)
                {
                    LogHeldElsewhere(outcome.WakeUp.CommitmentId);
                }
                else
                {
                    LogWorkDone(outcome.WakeUp.CommitmentId, outcome.Done.Count);
                }

                foreach (var report in outcome.Unreachable.Where(r => r.IsNew))
                {
                    LogUnreachable(outcome.WakeUp.CommitmentId, report.Failure.Address?.Id, report.Failure.Code, report.Told.Count, report.NotTold.Count, report.RetryAt);
                }
            }

            await digests.RunDueAsync(HostId, cancellationToken);
            return outcomes.Count >= max;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The store may be down for a moment; nothing was completed, so all of it stays due.
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            LogTickFailed(ex);
            return false;
        }
    }

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Scheduler:Enabled is false: this host does no scheduled work")]
    private partial void LogDisabled();

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Commitment {CommitmentId}: {Count} pieces of check-in work done")]
    private partial void LogWorkDone(string commitmentId, int count);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Debug, Message = "Commitment {CommitmentId}: another host is doing its work; this wake-up is tried again when its lease runs out")]
    private partial void LogHeldElsewhere(string commitmentId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Commitment {CommitmentId}: a message could not be delivered and stays due: {Reason}")]
    private partial void LogDeliveryDeferred(string commitmentId, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Commitment {CommitmentId}: {Address} cannot be reached ({Code}); {Told} told, {NotTold} not reachable either; tried again at {RetryAt}")]
    private partial void LogUnreachable(string commitmentId, string? address, string? code, int told, int notTold, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "The scheduler's look for due work failed; it looks again next tick")]
    private partial void LogTickFailed(Exception exception);
}
