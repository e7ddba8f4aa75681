using System.Collections.Concurrent;

namespace StatusBot.Storage.Tables;

/// <summary>
/// What this host last read of each of a few partitions, kept with the partition's <see cref="PartitionStamp"/> read
/// before it: while the stamp is the same, nothing cached has changed, on this host or any other. What is read after the
/// stamp may be newer than it, never older, so a write in between costs one read more, never a stale answer.
/// <para>
/// With a <c>trustStampFor</c> above zero, a stamp found current is trusted for that long without reading it again: a
/// write on another host is then seen at most that late, and a write through the owner of the cache at once, once it
/// calls <see cref="Invalidate"/>. A read that began before an <see cref="Invalidate"/> checks its stamp again.
/// </para>
/// </summary>
/// <param name="capacity">How many partitions are kept; past it, the one used longest ago is dropped.</param>
/// <param name="time">The clock of <paramref name="trustStampFor"/>; the system's when null.</param>
/// <param name="trustStampFor">How long a stamp found current is trusted without reading it; zero reads it every time.</param>
internal sealed class StampedCache<T>(int capacity, TimeProvider? time = null, TimeSpan trustStampFor = default)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _clock;
    private long _writes;

    /// <summary>Says that this host wrote: every stamp is read again before anything kept is trusted.</summary>
    public void Invalidate() => Interlocked.Increment(ref _writes);

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
        var writes = Interlocked.Read(ref _writes);
        if (trustStampFor > TimeSpan.Zero && _entries.TryGetValue(key, out var trusted)
            && trusted.Writes == writes && _time.GetElapsedTime(trusted.CheckedAt) < trustStampFor)
        {
            trusted.Used = Interlocked.Increment(ref _clock);
            return trusted.Value;
        }

        // Taken before the stamp is read: the stamp tells what was stored at some moment after this.
        var checkedAt = _time.GetTimestamp();
        var stamp = await PartitionStamp.ReadAsync(table, partitionKey, cancellationToken);
        if (_entries.TryGetValue(key, out var kept) && kept.Stamp == stamp)
        {
            _entries[key] = kept with { CheckedAt = checkedAt, Writes = writes, Used = Interlocked.Increment(ref _clock) };
            return kept.Value;
        }

        var value = await read();
        _entries[key] = new Entry(stamp, value, checkedAt, writes) { Used = Interlocked.Increment(ref _clock) };
        while (_entries.Count > capacity && _entries.MinBy(e => e.Value.Used) is { Key: { } oldest })
        {
            _entries.TryRemove(oldest, out _);
        }

        return value;
    }

    /// <summary>A partition's rows, the stamp they were read under, when that stamp was last found current, and how many writes this host had made by then.</summary>
    private sealed record Entry(string Stamp, T Value, long CheckedAt, long Writes)
    {
        public long Used { get; set; }
    }
}
