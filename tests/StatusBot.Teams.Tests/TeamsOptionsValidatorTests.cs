namespace StatusBot.Teams.Tests;

public sealed class TeamsOptionsValidatorTests
{
    private static readonly TeamsOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(Validator.Validate(null, new TeamsOptions()).Succeeded);
    }

    [Fact]
    public void Validate_FullRegistration_Succeeds()
    {
        var options = new TeamsOptions
        {
            AppId = "00000000-0000-0000-0000-000000000001",
            AppPassword = "secret",
            TenantId = "00000000-0000-0000-0000-000000000002",
        };
        options.AllowedServiceUrlHosts.Add("smba.trafficmanager.net");

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_AppIdWithoutPassword_FailsNamingThePassword()
    {
        var result = Validator.Validate(null, new TeamsOptions { AppId = "00000000-0000-0000-0000-000000000001" });

        Assert.Contains("Teams:AppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ServiceUrlHostWithPath_Fails()
    {
        var options = new TeamsOptions();
        options.AllowedServiceUrlHosts.Add("https://smba.trafficmanager.net/emea/");

        Assert.Contains("Teams:AllowedServiceUrlHosts", Validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
