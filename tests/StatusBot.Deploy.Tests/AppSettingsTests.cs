using System.Text.Json;

namespace StatusBot.Deploy.Tests;

[Collection(MainTemplateGroup.Name)]
public class AppSettingsTests(CompiledMainTemplate main)
{
    private BicepModule Settings => main.Template.Module("app-settings");

    private JsonElement Values =>
        Assert.Single(Settings.Template.OfType("Microsoft.Web/sites/config")).GetProperty("properties");

    [Theory]
    [InlineData("Slack__SigningSecret", "slackSigningSecretUri")]
    [InlineData("Slack__ClientSecret", "slackClientSecretUri")]
    [InlineData("Teams__AppPassword", "teamsAppSecretUri")]
    public void Secrets_AreKeyVaultReferences_ToTheVaultsSecrets(string setting, string uriParameter)
    {
        Assert.Equal($"[format('@Microsoft.KeyVault(SecretUri={{0}})', {Arm.Parameter(uriParameter)})]", Arm.Text(Values, setting));
        Assert.True(Arm.IsModuleOutput(Settings.Argument(uriParameter), "keyvault", uriParameter), Settings.Argument(uriParameter));
        Assert.EndsWith(".secretUri]", Arm.Text(main.Template.Module("keyvault").Template.Outputs, uriParameter, "value"), StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_IsTheTableEndpointWithManagedIdentity()
    {
        Assert.Equal("AzureTables", Arm.Text(Values, "Storage__Provider"));
        Assert.Equal($"[{Arm.Parameter("tableEndpoint")}]", Arm.Text(Values, "Storage__AzureTables__ServiceUri"));
        Assert.True(Arm.IsModuleOutput(Settings.Argument("tableEndpoint"), "storage", "tableEndpoint"));
        Assert.EndsWith(".primaryEndpoints.table]", Arm.Text(main.Template.Module("storage").Template.Outputs, "tableEndpoint", "value"), StringComparison.Ordinal);
        Assert.Null(Arm.Text(Values, "Storage__AzureTables__ConnectionString"));
    }

    [Fact]
    public void Settings_HoldNoKeyNorConnectionStringWithAKey()
    {
        string[] forbidden = ["listKeys", "AccountKey=", "SharedAccessSignature", "DefaultEndpointsProtocol", "primaryKey", "secondaryKey"];
        foreach (var setting in Values.EnumerateObject())
        {
            var value = setting.Value.ToString();
            Assert.DoesNotContain(forbidden, word => value.Contains(word, StringComparison.OrdinalIgnoreCase));
            if (setting.Name != "APPLICATIONINSIGHTS_CONNECTION_STRING")
            {
                Assert.DoesNotContain("ConnectionString", setting.Name, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var (_, value) in Settings.Arguments)
        {
            Assert.DoesNotContain(forbidden, word => value.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Template_NeverReadsStorageKeys()
    {
        var json = main.Template.Root.GetRawText();

        Assert.DoesNotContain("listKeys", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SecureParameters_ReachOnlyTheKeyVaultModule()
    {
        var secure = main.Template.SecureParameterNames.ToList();
        Assert.Equal(["slackSigningSecret", "slackClientSecret", "teamsAppPassword"], secure);

        foreach (var module in main.Template.Modules.Where(module => module.Name != "keyvault"))
        {
            Assert.Empty(module.Template.SecureParameterNames);
            foreach (var (parameter, value) in module.Arguments)
            {
                Assert.DoesNotContain(secure, name => value.Contains(Arm.Parameter(name), StringComparison.Ordinal));
            }
        }

        // Inside the vault module the secrets go into secret values and nowhere else.
        var vault = main.Template.Module("keyvault").Template;
        var secretValues = vault.OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => Arm.Text(secret, "properties", "value")).ToList();
        Assert.Equal(secure.Select(name => $"[{Arm.Parameter(name)}]").Order(), secretValues.Order());
        Assert.DoesNotContain(vault.SecureParameterNames, name => vault.Outputs.GetRawText().Contains(Arm.Parameter(name), StringComparison.Ordinal));
        Assert.DoesNotContain(secure, name => main.Template.Outputs.GetRawText().Contains(Arm.Parameter(name), StringComparison.Ordinal));
    }

    [Fact]
    public void Settings_NameTheTeamsAndSlackAppsTelemetryAndForwardedHeaders()
    {
        Assert.Equal($"[{Arm.Parameter("teamsAppId")}]", Settings.Argument("teamsAppId"));
        Assert.Equal($"[{Arm.Parameter("teamsAppId")}]", Arm.Text(Values, "Teams__AppId"));
        Assert.Equal($"[{Arm.Parameter("teamsTenantId")}]", Arm.Text(Values, "Teams__TenantId"));
        Assert.Equal($"[{Arm.Parameter("slackClientId")}]", Arm.Text(Values, "Slack__ClientId"));
        Assert.Equal("true", Arm.Text(Values, "ASPNETCORE_FORWARDEDHEADERS_ENABLED"));
        Assert.Equal($"[{Arm.Parameter("serviceName")}]", Arm.Text(Values, "OTEL_SERVICE_NAME"));
        Assert.Equal($"[{Arm.Parameter("appInsightsConnectionString")}]", Arm.Text(Values, "APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.True(Arm.IsModuleOutput(Settings.Argument("appInsightsConnectionString"), "monitoring", "connectionString"));
    }

    [Fact]
    public void Settings_AreAppliedAfterTheRolesAreGranted()
    {
        var dependsOn = Settings.Deployment.GetProperty("dependsOn").EnumerateArray().Select(item => item.GetString());

        Assert.Contains("[resourceId('Microsoft.Resources/deployments', 'access')]", dependsOn);
    }

    [Fact]
    public void ApplicationInsights_IsWorkspaceBased()
    {
        var monitoring = main.Template.Module("monitoring").Template;
        Assert.Single(monitoring.OfType("Microsoft.OperationalInsights/workspaces"));
        var component = Assert.Single(monitoring.OfType("Microsoft.Insights/components"));

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]", Arm.Text(component, "properties", "WorkspaceResourceId"));
    }
}
