using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusBot.Storage.Conversations;

namespace StatusBot.Storage.Hosting;

/// <summary>Deletes the repeat log's ended rows once an hour, so the table holds about an hour of requests.</summary>
internal sealed partial class RepeatLogSweeper(TableRepeatLog log, TimeProvider time, ILogger<RepeatLogSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Every, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                var swept = await log.SweepAsync(time.GetUtcNow(), stoppingToken);
                LogSwept(swept);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(ex); // Tried again in an hour; until then the table only holds a few more rows.
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: nothing to report.
            }
        }
    }

    [LoggerMessage(EventId = 2090, Level = LogLevel.Debug, Message = "The repeat log dropped {Count} ended rows")]
    private partial void LogSwept(int count);

    [LoggerMessage(EventId = 2091, Level = LogLevel.Warning, Message = "The repeat log's hourly sweep failed; it runs again in an hour")]
    private partial void LogSweepFailed(Exception exception);
}
