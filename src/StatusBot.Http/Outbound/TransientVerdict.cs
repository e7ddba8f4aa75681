namespace StatusBot.Http.Outbound;

/// <summary>
/// The transport's judgement of the latest transient failure of a call, kept on its request so that the delay, the
/// retry log and, once the transport stops, the caller's error all tell the same story.
/// </summary>
/// <param name="Error">What failed: the classifier's error, <c>network_error</c> or <c>timeout</c>.</param>
/// <param name="Delay">The wait before the next attempt: <c>Retry-After</c>, or the backoff.</param>
/// <param name="Attempts">The attempts made so far.</param>
/// <param name="Subject">The response or exception judged; null for the total timeout.</param>
internal sealed record TransientVerdict(string Error, TimeSpan Delay, int Attempts, object? Subject)
{
    private static readonly HttpRequestOptionsKey<TransientVerdict?> Key = new("StatusBot.Http.TransientVerdict");

    public static TransientVerdict? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var verdict) ? verdict : null;

    public static void Keep(HttpRequestMessage request, TransientVerdict? verdict) => request.Options.Set(Key, verdict);
}
