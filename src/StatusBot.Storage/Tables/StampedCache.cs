using System.Collections.Concurrent;

namespace StatusBot.Storage.Tables;

/// <summary>
/// What this host last read of each of a few partitions, kept with the partition's <see cref="PartitionStamp"/> read
/// before it: while the stamp is the same, nothing cached has changed, on this host or any other. What is read after the
/// stamp may be newer than it, never older, so a write in between costs one read more, never a stale answer.
/// </summary>
/// <param name="capacity">How many partitions are kept; past it, the one used longest ago is dropped.</param>
internal sealed class StampedCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The partition's rows as <paramref name="read"/> gives them, read again only when its stamp changed.</summary>
    public Task<T> GetAsync(ITable table, string partitionKey, Func<Task<T>> read, CancellationToken cancellationToken) =>
        GetAsync(table, partitionKey, part: string.Empty, read, cancellationToken);

    /// <summary>
    /// Some of the partition's rows (<paramref name="part"/> names which, such as one key range), as <paramref name="read"/>
    /// gives them, read again only when the partition's stamp changed: any write of the partition, to these rows or others.
    /// </summary>
    public async Task<T> GetAsync(ITable table, string partitionKey, string part, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(read);
        var key = table.Name + "\n" + partitionKey + "\n" + part;
        var stamp = await PartitionStamp.ReadAsync(table, partitionKey, cancellationToken);
        if (_entries.TryGetValue(key, out var kept) && kept.Stamp == stamp)
        {
            kept.Used = Interlocked.Increment(ref _clock);
            return kept.Value;
        }

        var value = await read();
        _entries[key] = new Entry(stamp, value) { Used = Interlocked.Increment(ref _clock) };
        while (_entries.Count > capacity && _entries.MinBy(e => e.Value.Used) is { Key: { } oldest })
        {
            _entries.TryRemove(oldest, out _);
        }

        return value;
    }

    private sealed record Entry(string Stamp, T Value)
    {
        public long Used { get; set; }
    }
}
