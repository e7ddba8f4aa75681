namespace StatusBot.Http.Inbound;

/// <summary>The raw body of a request, or the news that it was larger than allowed.</summary>
public sealed class RequestBody
{
    private RequestBody(byte[]? bytes, long? declaredLength, int maxBytes)
    {
        Bytes = bytes;
        DeclaredLength = declaredLength;
        MaxBytes = maxBytes;
    }

    /// <summary>The body bytes exactly as received; <see langword="null"/> when <see cref="IsTooLarge"/>.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Whether the body went over the limit; it was not read further and must not be used.</summary>
    public bool IsTooLarge => Bytes is null;

    /// <summary>The <c>Content-Length</c> the client declared, when it declared one.</summary>
    public long? DeclaredLength { get; }

    /// <summary>The limit the body was read against, in bytes.</summary>
    public int MaxBytes { get; }

    internal static RequestBody Read(byte[] bytes, int maxBytes) => new(bytes, bytes.LongLength, maxBytes);

    internal static RequestBody TooLarge(long? declaredLength, int maxBytes) => new(null, declaredLength, maxBytes);
}
