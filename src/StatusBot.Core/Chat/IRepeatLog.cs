namespace StatusBot.Core.Chat;

/// <summary>
/// Remembers requests for a while, so that a repeat acts once: a platform's retry of an event, a second click on the
/// same button, an activity delivered again. Storage keeps it, so every host that shares the store sees the first.
/// </summary>
public interface IRepeatLog
{
    /// <summary>
    /// True the first time <paramref name="key"/> is seen within <paramref name="window"/>, false for a repeat while
    /// the first one's window lasts; after it, the key counts as new again.
    /// </summary>
    Task<bool> TryFirstAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
