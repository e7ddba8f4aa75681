using Azure;
using Microsoft.Data.Sqlite;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Hosting;

/// <summary>
/// Puts a deadline on every call to the store and names every outage the same way: a call that does not answer within
/// <see cref="StorageOptions.CallTimeout"/> (on real time, whatever the engine does with the token), or that fails because
/// the store cannot be reached (network, throttling, server errors, SQLite's busy or I/O errors), throws
/// <see cref="StorageUnavailableException"/>. What the store refused about a row (the typed <see cref="TableStoreException"/>s)
/// passes through as it is.
/// </summary>
internal sealed class DeadlineTableStore(ITableStore inner, TimeSpan deadline) : ITableStore
{
    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default) =>
        new DeadlineTable(await CallAsync(ct => inner.GetTableAsync(name, ct), deadline, cancellationToken), deadline);

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        CallAsync(async ct => { await inner.PingAsync(ct); return true; }, deadline, cancellationToken);

    /// <summary>Runs <paramref name="call"/> within <paramref name="deadline"/>, turning outages into <see cref="StorageUnavailableException"/>.</summary>
    internal static async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(deadline);
        try
        {
            return await call(limit.Token).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException($"The store did not answer within {deadline.TotalSeconds:0.#} s.", ex);
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            throw new StorageUnavailableException("The store cannot be reached: " + ex.Message, ex);
        }
    }

    private static bool IsOutage(Exception ex) => ex switch
    {
        TableStoreException or StorageUnavailableException => false,
        RequestFailedException or SqliteException or HttpRequestException or TimeoutException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => false,
    };
}
