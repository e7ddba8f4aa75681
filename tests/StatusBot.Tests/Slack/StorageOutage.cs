using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Storage.Hosting;
using StatusBot.Storage.Tables;

namespace StatusBot.Tests.Slack;

/// <summary>
/// Takes the host's own table store down on demand. While it is down, calls fail the way the engines themselves
/// fail: SQLite's disk I/O error (writes only, or every call), or a call that hangs until the test lets it go and
/// then ends as Azure.Data.Tables ends a call past its network timeout (a <see cref="TaskCanceledException"/>).
/// </summary>
internal sealed class StorageOutage
{
    private readonly Lock _lock = new();
    private Mode _mode;
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failures;

    private enum Mode
    {
        Up,
        WritesFail,
        AllFail,
        Stalled,
    }

    /// <summary>Completes once a call is hanging in <see cref="Stall"/>.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>Calls that failed so far.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Puts the store in front of the host's own in <paramref name="services"/>.</summary>
    public void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ITableStore));
        services.Remove(original);
        services.AddSingleton<ITableStore>(provider => new Store((ITableStore)original.ImplementationFactory!(provider), this));
    }

    /// <summary>Like <see cref="Install"/>, with the host's per-call deadline in front of the outage, as it is in front of a real engine.</summary>
    public void InstallBehindDeadline(IServiceCollection services, TimeSpan deadline)
    {
        var original = services.Last(d => d.ServiceType == typeof(ITableStore));
        services.Remove(original);
        services.AddSingleton<ITableStore>(provider => new DeadlineTableStore(new Store((ITableStore)original.ImplementationFactory!(provider), this), deadline));
    }

    public void FailWrites() => Set(Mode.WritesFail);

    public void FailAll() => Set(Mode.AllFail);

    public void Stall() => Set(Mode.Stalled);

    /// <summary>Lets the hanging calls go: each ends as a timed-out call.</summary>
    public void Release() => _release.TrySetResult();

    public void End() => Set(Mode.Up);

    private void Set(Mode mode)
    {
        lock (_lock)
        {
            _mode = mode;
            _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private async Task CheckAsync(bool write, CancellationToken cancellationToken)
    {
        Mode mode;
        Task release;
        lock (_lock)
        {
            (mode, release) = (_mode, _release.Task);
        }

        switch (mode)
        {
            case Mode.Up:
            case Mode.WritesFail when !write:
                return;
            case Mode.Stalled:
                _stalled.TrySetResult();
                await release.WaitAsync(cancellationToken);
                Interlocked.Increment(ref _failures);
                throw new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:01:40. Network timeout can be adjusted in ClientOptions.Retry.NetworkTimeout.");
            default:
                Interlocked.Increment(ref _failures);
                throw new SqliteException("SQLite Error 10: 'disk I/O error'.", 10);
        }
    }

    private sealed class Store(ITableStore inner, StorageOutage outage) : ITableStore
    {
        public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: false, cancellationToken);
            return new Table(await inner.GetTableAsync(name, cancellationToken), outage);
        }

        public async Task PingAsync(CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: false, cancellationToken);
            await inner.PingAsync(cancellationToken);
        }
    }

    private sealed class Table(ITable inner, StorageOutage outage) : ITable
    {
        public string Name => inner.Name;

        public async Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: false, cancellationToken);
            return await inner.GetAsync(partitionKey, rowKey, cancellationToken);
        }

        public async Task<TablePage> QueryAsync(string partitionKey, RowKeyRange? range = null, int pageSize = 1000, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: false, cancellationToken);
            return await inner.QueryAsync(partitionKey, range, pageSize, continuationToken, cancellationToken);
        }

        public async Task<string> InsertAsync(TableRow row, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            return await inner.InsertAsync(row, cancellationToken);
        }

        public async Task<string> ReplaceAsync(TableRow row, string eTag, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            return await inner.ReplaceAsync(row, eTag, cancellationToken);
        }

        public async Task<string> MergeAsync(TableRow row, string eTag, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            return await inner.MergeAsync(row, eTag, cancellationToken);
        }

        public async Task<string> UpsertAsync(TableRow row, bool merge = false, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            return await inner.UpsertAsync(row, merge, cancellationToken);
        }

        public async Task DeleteAsync(string partitionKey, string rowKey, string eTag, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            await inner.DeleteAsync(partitionKey, rowKey, eTag, cancellationToken);
        }

        public async Task<IReadOnlyList<string>> ExecuteBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
        {
            await outage.CheckAsync(write: true, cancellationToken);
            return await inner.ExecuteBatchAsync(operations, cancellationToken);
        }
    }
}
