using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;

namespace StatusBot.Dashboard;

/// <summary>How the pages word and format what they show.</summary>
internal static class Labels
{
    /// <summary>The Now page's sections, most urgent first, each with the name that opens it whole (<c>/app?section=missed</c>).</summary>
    public static IReadOnlyList<(DigestSectionKind Kind, string Slug, string Heading)> Sections { get; } =
    [
        (DigestSectionKind.CannotReach, "cannot-reach", "People the bot cannot reach"),
        (DigestSectionKind.SlippingNotWarned, "slipping", "Slipping, customer not warned yet"),
        (DigestSectionKind.MissedSilently, "missed", "Missed silently"),
        (DigestSectionKind.AtRisk, "at-risk", "At risk"),
        (DigestSectionKind.OwnerNotAnswering, "owners-not-answering", "Owners not answering"),
        (DigestSectionKind.DueWithinWeek, "due", "Due this week"),
    ];

    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "–";

    public static string Share(double? value) => value is { } v ? v.ToString("0%", CultureInfo.InvariantCulture) : "–";

    public static string Health(Health health) => health switch
    {
        Core.Commitments.Health.OnTrack => "On track",
        Core.Commitments.Health.AtRisk => "At risk",
        Core.Commitments.Health.Slipping => "Slipping",
        _ => "Not answered yet",
    };
}
