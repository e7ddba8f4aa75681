using Microsoft.Extensions.Options;
using StatusBot.Teams.Graph;

namespace StatusBot.Teams.Tests.Graph;

public sealed class TeamsGraphOptionsValidatorTests
{
    private static readonly TeamsOptions Registered = new() { AppId = "00000000-0000-0000-0000-000000000001", AppPassword = "s", TenantId = "00000000-0000-0000-0000-000000000002" };

    [Fact]
    public void IsOn_Unset_OnWithTheBotsFullRegistrationOnly()
    {
        Assert.Equal((true, false), (new TeamsGraphOptions().IsOn(Registered), new TeamsGraphOptions().IsOn(new TeamsOptions { AppId = Registered.AppId, AppPassword = "s" })));
    }

    [Fact]
    public void Validate_EnabledWithoutTenant_FailsNamingTheKeys()
    {
        var result = new TeamsGraphOptionsValidator(Options.Create(new TeamsOptions())).Validate(null, new TeamsGraphOptions { Enabled = true });

        Assert.Contains("Teams:Graph:Enabled needs Teams:AppId, Teams:AppPassword and Teams:TenantId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://graph.example.com/v1.0", false)]
    [InlineData("http://127.0.0.1:5000/v1.0", true)]
    [InlineData("https://graph.microsoft.com/v1.0", true)]
    public void Validate_BaseUrl_HttpsOrLoopback(string url, bool valid)
    {
        var result = new TeamsGraphOptionsValidator(Options.Create(Registered)).Validate(null, new TeamsGraphOptions { BaseUrl = new Uri(url) });

        Assert.Equal(valid, result.Succeeded);
    }
}
