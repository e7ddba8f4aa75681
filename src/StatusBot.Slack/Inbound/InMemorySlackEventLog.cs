namespace StatusBot.Slack.Inbound;

/// <summary>
/// An <see cref="ISlackEventLog"/> in process memory, for tests and single-host runs. It forgets an event
/// after <see cref="Window"/> or when more than <see cref="Capacity"/> newer events were recorded, whichever
/// comes first, so memory stays bounded. Several hosts need the durable log in storage instead.
/// </summary>
public sealed class InMemorySlackEventLog : ISlackEventLog
{
    /// <summary>The default window: one hour, well past Slack's last retry (about six minutes).</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    /// <summary>The default capacity: 10,000 events.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock gate = new();
    private readonly HashSet<(string TeamId, string EventId)> seen = [];
    private readonly Queue<((string TeamId, string EventId) Key, DateTimeOffset At)> order = new();
    private readonly TimeProvider timeProvider;

    /// <summary>Creates an empty log.</summary>
    /// <param name="timeProvider">The clock that ages events out.</param>
    /// <param name="capacity">The most events remembered at once.</param>
    /// <param name="window">How long an event is remembered; <see cref="DefaultWindow"/> when null.</param>
    public InMemorySlackEventLog(TimeProvider timeProvider, int capacity = DefaultCapacity, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Window = window ?? DefaultWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero, nameof(window));
        this.timeProvider = timeProvider;
        Capacity = capacity;
    }

    /// <summary>The most events remembered at once.</summary>
    public int Capacity { get; }

    /// <summary>How long an event is remembered.</summary>
    public TimeSpan Window { get; }

    /// <inheritdoc />
    public Task<bool> TryRecordAsync(string teamId, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        cancellationToken.ThrowIfCancellationRequested();

        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            while (order.TryPeek(out var oldest) && now - oldest.At >= Window)
            {
                seen.Remove(order.Dequeue().Key);
            }

            if (!seen.Add((teamId, eventId)))
            {
                return Task.FromResult(false);
            }

            order.Enqueue(((teamId, eventId), now));
            if (order.Count > Capacity)
            {
                seen.Remove(order.Dequeue().Key);
            }

            return Task.FromResult(true);
        }
    }
}
