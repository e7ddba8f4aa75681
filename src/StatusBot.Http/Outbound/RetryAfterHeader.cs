namespace StatusBot.Http.Outbound;

/// <summary>Reads the wait a service asks for in <c>Retry-After</c>: seconds (a delta), or an HTTP date.</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait <paramref name="response"/> asks for, never negative, a date measured on <paramref name="time"/>'s clock; null without the header.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
