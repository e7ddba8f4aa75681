using Microsoft.Extensions.Options;
using StatusBot.Teams.Outbound;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(params string[] hosts)
    {
        var options = new TeamsOptions();
        foreach (var host in hosts)
        {
            options.AllowedServiceUrlHosts.Add(host);
        }

        return new ServiceUrlPolicy(Options.Create(options));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    public void Allows_Defaults_OnlyPublicTeamsHostsOverHttps(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy().Allows(new Uri(serviceUrl)));
    }

    [Fact]
    public void Allows_LoopbackListed_AllowedOverHttpAndDefaultsReplaced()
    {
        var policy = Policy("127.0.0.1");

        Assert.True(policy.Allows(new Uri("http://127.0.0.1:5000/")));
        Assert.False(policy.Allows(new Uri("https://smba.trafficmanager.net/emea/")));
    }
}
