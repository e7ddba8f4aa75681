using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// Reads a Slack request's raw body once, up to a limit, so that the same bytes can be verified and then
/// parsed. Slack's commands, interactions and events are small; a larger body is refused unread.
/// </summary>
public static class SlackRequestReader
{
    /// <summary>A limit that fits slash commands, interactions and Events API callbacks: 64 KiB.</summary>
    public const int DefaultMaxBytes = 64 * 1024;

    /// <summary>Reads the whole body, or stops as soon as it exceeds <paramref name="maxBytes"/>.</summary>
    /// <param name="request">The incoming request.</param>
    /// <param name="maxBytes">The largest body accepted, in bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<SlackBodyReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1);

        var declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return SlackBodyReadResult.TooLarge(declared);
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
                    return SlackBodyReadResult.TooLarge(declared);
                }
            }

            return SlackBodyReadResult.Read(buffer.AsSpan(0, total).ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
