namespace StatusBot.Core.Chat;

/// <summary>
/// A picture that goes with a message (a chart): PNG bytes, a title, and alt text that says in words what the picture
/// shows, for screen readers and for whoever cannot see it. A platform shows it the way it can (Slack: an uploaded file
/// shared after the message; Teams: an image in the card); one that cannot show pictures leaves it out.
/// </summary>
public sealed record ChatImage
{
    /// <summary>The most alt text a picture carries (Slack takes 1,000 characters).</summary>
    public const int MaxAltTextLength = 1000;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Creates the picture; <paramref name="png"/> must be a PNG image.</summary>
    /// <exception cref="ArgumentException">The bytes are not a PNG, or the title or alt text is empty or the alt text too long.</exception>
    public ChatImage(ReadOnlyMemory<byte> png, string title, string altText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        if (!png.Span.StartsWith(PngSignature))
        {
            throw new ArgumentException("A chat image must be a PNG: its bytes do not start with the PNG signature.", nameof(png));
        }

        if (altText.Length > MaxAltTextLength)
        {
            throw new ArgumentException($"A chat image's alt text must be at most {MaxAltTextLength} characters, not {altText.Length}.", nameof(altText));
        }

        (Png, Title, AltText) = (png, title, altText);
    }

    /// <summary>The picture as a PNG file.</summary>
    public ReadOnlyMemory<byte> Png { get; }

    /// <summary>A short title, as a file's or a figure's.</summary>
    public string Title { get; }

    /// <summary>What the picture shows, in words, numbers included.</summary>
    public string AltText { get; }
}
