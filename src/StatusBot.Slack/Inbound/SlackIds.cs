namespace StatusBot.Slack.Inbound;

/// <summary>
/// The shape of the ids Slack gives users, channels and conversations (<c>U024BE7LH</c>, <c>C0PROJ</c>, <c>D01</c>): letters,
/// digits and underscores, at most 64. A signed payload with anything else is refused with 400 before any work, rather
/// than failing deep inside with a "try again" that can never work.
/// </summary>
internal static class SlackIds
{
    public const int MaxLength = 64;

    public static bool IsId(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The first of <paramref name="ids"/> (name and value) that is present and not an id, or null.</summary>
    public static string? FirstInvalid(params (string Name, string? Value)[] ids) =>
        ids.FirstOrDefault(i => i.Value is not null && !IsId(i.Value)).Name;
}
