namespace StatusBot.Http.Pacing;

/// <summary>
/// Spaces calls per key (a channel, a conversation) on a <see cref="TimeProvider"/>'s clock, so tests drive it with a
/// fake one. One instance holds the state of every key; the transport's pacing handler puts it into an HttpClient pipeline.
/// </summary>
public abstract class Pacer
{
    private readonly TimeProvider _time;

    /// <summary>Paces on <paramref name="timeProvider"/>'s clock.</summary>
    protected Pacer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
    }

    /// <summary>The clock.</summary>
    protected TimeProvider Time => _time;

    /// <summary>Takes the next free slot of <paramref name="key"/> and says how long until it comes.</summary>
    public abstract TimeSpan Reserve(string key);

    /// <summary>Waits until <paramref name="key"/> may take another call, and takes the slot.</summary>
    public async ValueTask WaitAsync(string key, CancellationToken cancellationToken = default)
    {
        var wait = Reserve(key);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }
}
