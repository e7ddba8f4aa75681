namespace StatusBot.Http.Outbound;

/// <summary>
/// A platform's word on which answers are worth trying again. Network errors and timeouts are transient on every
/// platform and the transport knows them; a classifier judges only answers that came back.
/// </summary>
public interface ITransientClassifier
{
    /// <summary>
    /// The error to report when <paramref name="response"/> is a transient failure (rate limited, busy, a passing server
    /// error), or null when it is an answer to keep: a success, or a refusal the same call would meet again. The body is
    /// buffered and may be read, but only when the status alone cannot tell.
    /// </summary>
    ValueTask<string?> TransientErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken = default);
}
