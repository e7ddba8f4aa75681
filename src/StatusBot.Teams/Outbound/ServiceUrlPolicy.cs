using Microsoft.Extensions.Options;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Decides where a bearer token may be sent: only to https service URLs whose host is in
/// <c>Teams:AllowedServiceUrlHosts</c> (default: the public Teams hosts). A loopback host (tests, the
/// playground) is allowed only when listed, and only then over plain http.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>The Bot Connector hosts of Teams: the public cloud, GCC, GCC High and DoD.</summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    private readonly HashSet<string> _hosts;

    /// <summary>Reads the allow-list from <paramref name="options"/>; an empty list means <see cref="DefaultHosts"/>.</summary>
    public ServiceUrlPolicy(IOptions<TeamsOptions> options)
        : this(options, [])
    {
    }

    /// <summary>The allow-list of <paramref name="options"/> plus <paramref name="localHosts"/> (the host's own playground).</summary>
    public ServiceUrlPolicy(IOptions<TeamsOptions> options, IEnumerable<string> localHosts)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.AllowedServiceUrlHosts;
        _hosts = new HashSet<string>(configured.Count > 0 ? configured : DefaultHosts, StringComparer.OrdinalIgnoreCase);
        _hosts.UnionWith(localHosts);
    }

    /// <summary>True when calls (and the token) may go to <paramref name="serviceUrl"/>.</summary>
    public bool Allows(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !_hosts.Contains(serviceUrl.IdnHost))
        {
            return false;
        }

        return serviceUrl.Scheme == Uri.UriSchemeHttps || (serviceUrl.Scheme == Uri.UriSchemeHttp && serviceUrl.IsLoopback);
    }
}
