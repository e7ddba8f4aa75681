namespace StatusBot.Slack.Inbound;

/// <summary>
/// Remembers which Events API deliveries were handled, so that Slack's retries (the same
/// <c>event_id</c> again, up to three times within about six minutes) are acknowledged but not handled twice.
/// </summary>
public interface ISlackEventLog
{
    /// <summary>Records an event as seen.</summary>
    /// <param name="teamId">The workspace the event came from.</param>
    /// <param name="eventId">The envelope's <c>event_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> the first time an event is recorded; <see langword="false"/> when it was seen before.</returns>
    Task<bool> TryRecordAsync(string teamId, string eventId, CancellationToken cancellationToken = default);
}
