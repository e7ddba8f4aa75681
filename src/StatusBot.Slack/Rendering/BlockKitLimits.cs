namespace StatusBot.Slack.Rendering;

/// <summary>Slack's published Block Kit limits for messages and views (see PROTOCOLS.md).</summary>
internal static class BlockKitLimits
{
    /// <summary>Blocks in one message.</summary>
    public const int BlocksPerMessage = 50;

    /// <summary>Blocks in a modal or an App Home tab.</summary>
    public const int BlocksPerView = 100;

    /// <summary>Characters of a section block's text.</summary>
    public const int SectionText = 3000;

    /// <summary>Characters of a header block's text; also the cap on a bold heading.</summary>
    public const int HeaderText = 150;

    /// <summary>Elements in one actions block.</summary>
    public const int ActionsElements = 25;

    /// <summary>Characters of a button's text.</summary>
    public const int ButtonText = 75;

    /// <summary>Characters of a button's value.</summary>
    public const int ButtonValue = 2000;

    /// <summary>Characters of an action_id.</summary>
    public const int ActionId = 255;

    /// <summary>Characters of a message's top-level text; Slack truncates beyond it.</summary>
    public const int MessageText = 40000;
}
