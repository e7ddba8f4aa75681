namespace StatusBot.Site;

/// <summary>
/// The <c>Site</c> configuration section: who runs this StatusBot and how to reach them, shown on <c>/privacy</c>,
/// <c>/terms</c> and <c>/support</c> (the pages the Slack and Teams app listings link to).
/// </summary>
public sealed class SiteOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Site";

    /// <summary>Who runs this StatusBot, as the pages name them. Default: "the team that runs this StatusBot".</summary>
    public string Operator { get; set; } = "the team that runs this StatusBot";

    /// <summary>Where people write for help or to have their data deleted. Default: unset (the pages say to ask the workspace's admin).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>A help desk or status page, linked from <c>/support</c>. Default: unset.</summary>
    public Uri? SupportUrl { get; set; }

    /// <summary>An HTML file whose contents replace the default privacy text (a fragment: no html or body tags). Default: unset.</summary>
    public string? PrivacyFile { get; set; }

    /// <summary>An HTML file whose contents replace the default terms (a fragment). Default: unset.</summary>
    public string? TermsFile { get; set; }
}
