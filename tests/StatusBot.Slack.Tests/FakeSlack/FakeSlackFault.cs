namespace StatusBot.Slack.Tests.FakeSlack;

/// <summary>A failure the fake Slack Web API answers with instead of doing the call.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="RetryAfterSeconds">The Retry-After header, or null for none.</param>
/// <param name="Error">For <c>ok:false</c> answers (HTTP 200), the error code.</param>
public sealed record FakeSlackFault(int Status, int? RetryAfterSeconds = null, string? Error = null)
{
    /// <summary>A Retry-After header as an HTTP date instead of seconds.</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }

    /// <summary>A raw body to answer with instead of <c>ok:false</c> JSON.</summary>
    public string? RawBody { get; init; }

    /// <summary>HTTP 200 whose body is not JSON.</summary>
    public static FakeSlackFault Unparseable() => new(200) { RawBody = "<html>not json</html>" };

    /// <summary>HTTP 429 with <c>Retry-After</c>.</summary>
    public static FakeSlackFault RateLimited(int retryAfterSeconds = 1) => new(429, retryAfterSeconds, "ratelimited");

    /// <summary>An HTTP 5xx.</summary>
    public static FakeSlackFault ServerError(int status = 500) => new(status);

    /// <summary>HTTP 200 with <c>{"ok":false,"error":code}</c>.</summary>
    public static FakeSlackFault NotOk(string error) => new(200, null, error);
}
