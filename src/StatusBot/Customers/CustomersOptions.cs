namespace StatusBot.Customers;

/// <summary>The <c>Customers</c> configuration section: the links and pages customers open.</summary>
public sealed class CustomersOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Customers";

    /// <summary>
    /// The address customers reach the host at, the same one Slack and Teams call (for example
    /// <c>https://statusbot.example.com/</c>). Default: unset, which uses the address the host listens on (right on
    /// loopback only).
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>How long the answer links in a warning email stay valid. Default: 30 days.</summary>
    public TimeSpan AnswerLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a promise page link stays valid unless revoked first. Default: 180 days.</summary>
    public TimeSpan PromiseLinkLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How many answers (with or without a note) one link accepts per hour. Default: 5.</summary>
    public int AnswersPerLinkPerHour { get; set; } = 5;
}
