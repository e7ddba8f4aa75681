namespace StatusBot.Teams.Rendering;

/// <summary>Teams' limits for card messages (see PROTOCOLS.md), with room to spare.</summary>
internal static class AdaptiveCardLimits
{
    /// <summary>The most bytes of card JSON; Teams refuses messages over about 100 KB with 413.</summary>
    public const int CardBytes = 80 * 1024;

    /// <summary>Characters of one TextBlock; longer text is split over several.</summary>
    public const int TextBlockChars = 8000;

    /// <summary>Characters of a heading.</summary>
    public const int HeadingChars = 200;

    /// <summary>Characters of the card's fallback text and of the activity's summary.</summary>
    public const int FallbackChars = 2000;

    /// <summary>The most bytes of an inline picture's <c>data:</c> URL (a 600x300 chart is well under it).</summary>
    public const int ImageBytes = 48 * 1024;

    /// <summary>Characters of a button or action title.</summary>
    public const int ActionTitleChars = 80;

    /// <summary>Characters of an action's carried value.</summary>
    public const int ActionValueChars = 4000;
}
