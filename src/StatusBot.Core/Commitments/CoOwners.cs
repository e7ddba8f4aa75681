using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>
/// The co-owners of a commitment as people type or pick them: ids separated by commas or spaces, each as a bare id
/// (<c>U0123</c>, <c>29:...</c>), an <c>@</c>-prefixed id, or a Slack mention (<c>&lt;@U0123&gt;</c>, <c>&lt;@U0123|maria&gt;</c>).
/// </summary>
public static class CoOwners
{
    /// <summary>The most co-owners a commitment may have.</summary>
    public const int Max = 10;

    /// <summary>The co-owners named by <paramref name="value"/> (none when it is empty), without the owner and repeats; or null with errors.</summary>
    public static IReadOnlyList<string>? Parse(string? value, string owner, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var ids = (value ?? string.Empty).Split([',', ' ', ';', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Id).Where(id => id.Length > 0 && id != owner).Distinct(StringComparer.Ordinal).ToList();
        if (ids.FirstOrDefault(id => id.Length > CommitmentValidator.MaxIdLength || id.Any(char.IsControl) || id.Contains('<', StringComparison.Ordinal)) is { } bad)
        {
            errors.Add(new("coOwners", $"'{bad}' is not a user id; name co-owners by id or mention, separated by commas."));
            return null;
        }

        if (ids.Count > Max)
        {
            errors.Add(new("coOwners", $"A commitment can have at most {Max} co-owners; {ids.Count} were named."));
            return null;
        }

        return ids;
    }

    /// <summary>Co-owners as one text, the way they are stored and shown (comma-separated).</summary>
    public static string Join(IReadOnlyList<string> coOwners) => string.Join(",", coOwners);

    /// <summary>Everyone who answers for <paramref name="commitment"/>: the owner first, then the co-owners.</summary>
    public static IEnumerable<string> All(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.CoOwners.Prepend(commitment.Owner);
    }

    private static string Id(string token)
    {
        var id = token.StartsWith("<@", StringComparison.Ordinal) && token.EndsWith('>') ? token[2..^1].Split('|')[0] : token;
        return id.TrimStart('@');
    }
}
