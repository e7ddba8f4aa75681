namespace StatusBot.Core.Digests;

/// <summary>
/// What needs attention in a set of commitments (usually one channel's), as data: build it with
/// <see cref="DigestBuilder"/>, turn it into a message with <see cref="DigestMessages"/>.
/// </summary>
/// <param name="GeneratedAt">The instant it describes.</param>
/// <param name="Period">The stretch of time its warnings and numbers cover.</param>
/// <param name="Sections">The non-empty sections, most urgent first.</param>
/// <param name="Warnings">Warnings sent in the period, oldest first.</param>
/// <param name="Numbers">The headline numbers for the period.</param>
public sealed record Digest(
    DateTimeOffset GeneratedAt,
    DigestPeriod Period,
    IReadOnlyList<DigestSection> Sections,
    IReadOnlyList<DigestWarning> Warnings,
    DigestNumbers Numbers)
{
    /// <summary>True when nothing needs attention and no warning went out.</summary>
    public bool IsAllOnTrack => Sections.Count == 0 && Warnings.Count == 0;
}
