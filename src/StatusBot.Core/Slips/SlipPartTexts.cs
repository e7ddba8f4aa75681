namespace StatusBot.Core.Slips;

/// <summary>How each part of the warning is asked for in the form, and headed in the message.</summary>
public static class SlipPartTexts
{
    /// <summary>The most characters one part may have (a Slack modal input allows 3,000; a warning stays readable well under that).</summary>
    public const int MaxLength = 1000;

    /// <summary>The input id a part's text comes back under: <c>facts</c>, <c>context</c>, <c>impact</c>, <c>plan</c>, <c>ask</c>.</summary>
    public static string InputId(SlipPart part) => part.ToString().ToLowerInvariant();

    /// <summary>The form label of a part.</summary>
    public static string Label(SlipPart part) => part switch
    {
        SlipPart.Facts => "What happened",
        SlipPart.Context => "Why",
        SlipPart.Impact => "What it means for them",
        SlipPart.Plan => "What we are doing",
        SlipPart.Ask => "What we need from them",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
    };

    /// <summary>What good looks like, in a line under the input.</summary>
    public static string Hint(SlipPart part) => part switch
    {
        SlipPart.Facts => "What happened, plainly. The opening already gives both dates: no need to repeat them.",
        SlipPart.Context => "The reason in their terms, without pointing at anyone.",
        SlipPart.Impact => "Show you understand their side: what waits, for whom, and for how long.",
        SlipPart.Plan => "What we are doing to deliver by the new date, and any workaround they can use meanwhile.",
        SlipPart.Ask => "A decision or input you need from them, or an open invitation to reply.",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
    };

    /// <summary>A greyed example of a good answer.</summary>
    public static string Placeholder(SlipPart part) => part switch
    {
        SlipPart.Facts => "Load tests last week showed that exports of the largest accounts time out.",
        SlipPart.Context => "The fix needs a change to how exports are stored, which takes two weeks to make safely.",
        SlipPart.Impact => "Your finance team cannot run the quarter-end report from the export until then.",
        SlipPart.Plan => "Two engineers are on the fix; until it ships, smaller exports from the reports page work.",
        SlipPart.Ask => "Does the new date work for your quarter-end? Reply here with any concern.",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
    };

    /// <summary>The heading of a part in the composed message.</summary>
    public static string Heading(SlipPart part) => part switch
    {
        SlipPart.Facts => "What happened",
        SlipPart.Context => "Why",
        SlipPart.Impact => "What this means for you",
        SlipPart.Plan => "What we are doing",
        SlipPart.Ask => "Over to you",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
    };
}
