using Microsoft.Extensions.Diagnostics.HealthChecks;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>Ready when the table store answers within a few seconds.</summary>
internal sealed class StorageHealthCheck(ITableStore store) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await store.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("Storage answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure to answer means not ready; the reason goes to the health report, which logs it.
            return HealthCheckResult.Unhealthy("Storage does not answer.", ex);
        }
    }
}
