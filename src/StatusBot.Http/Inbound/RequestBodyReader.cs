using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Http.Inbound;

/// <summary>
/// Reads a request's raw body once, up to a limit, so that the same bytes can be verified (Slack's signature) and then
/// parsed (a Slack payload, a Teams activity). A larger body is refused unread, or as soon as it goes over.
/// </summary>
public static class RequestBodyReader
{
    /// <summary>Reads the whole body, or stops as soon as it exceeds <paramref name="maxBytes"/>.</summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="maxBytes">The largest body accepted, in bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1);

        var declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return RequestBody.TooLarge(declared, maxBytes);
        }

        // One byte past the limit is enough to know the body is too large.
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(total, maxBytes + 1 - total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    return RequestBody.TooLarge(declared, maxBytes);
                }
            }

            return RequestBody.Read(buffer.AsSpan(0, total).ToArray(), maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
