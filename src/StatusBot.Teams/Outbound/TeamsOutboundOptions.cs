using StatusBot.Http.Outbound;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// The <c>Teams:Outbound</c> configuration section: retries and timeouts of Bot Connector calls (see
/// <see cref="OutboundTransportOptions"/>; transient are 429, 412, 502, 503, 504, network errors and timeouts).
/// <see cref="OutboundTransportOptions.AttemptTimeout"/> defaults to 15 s. Pacing follows Teams' published limits
/// (<see cref="TeamsConversationPacer.Limits"/>).
/// </summary>
public sealed class TeamsOutboundOptions : OutboundTransportOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Teams:Outbound";

    /// <summary>
    /// The longest <see cref="OutboundTransportOptions.TotalTimeout"/> allowed: a call fetches its bearer token once, and
    /// a token is always good for at least <see cref="TeamsTokenClient.RenewBefore"/> more.
    /// </summary>
    public static readonly TimeSpan MaxTotalTimeout = TeamsTokenClient.RenewBefore;

    /// <summary>Teams' defaults: 15 s for an attempt.</summary>
    public TeamsOutboundOptions()
        : base(TimeSpan.FromSeconds(15))
    {
    }
}
