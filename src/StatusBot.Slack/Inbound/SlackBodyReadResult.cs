namespace StatusBot.Slack.Inbound;

/// <summary>The raw body of a Slack request, or the news that it was larger than allowed.</summary>
public sealed class SlackBodyReadResult
{
    private SlackBodyReadResult(byte[]? body, long? declaredLength)
    {
        Body = body;
        DeclaredLength = declaredLength;
    }

    /// <summary>The body bytes exactly as received; <see langword="null"/> when <see cref="IsTooLarge"/>.</summary>
    public byte[]? Body { get; }

    /// <summary>Whether the body went over the limit; it was not read further and must not be verified.</summary>
    public bool IsTooLarge => Body is null;

    /// <summary>The <c>Content-Length</c> the client declared, when it declared one.</summary>
    public long? DeclaredLength { get; }

    internal static SlackBodyReadResult Read(byte[] body) => new(body, body.LongLength);

    internal static SlackBodyReadResult TooLarge(long? declaredLength) => new(null, declaredLength);
}
