namespace StatusBot.Deploy.Tests;

[Collection(MainTemplateGroup.Name)]
public class WebAppTests(CompiledMainTemplate main)
{
    private BicepModule App => main.Template.Module("app");

    [Fact]
    public void Site_RunsDotNet10OnLinux_WithReadyzAsHealthCheck()
    {
        var site = Assert.Single(App.Template.OfType("Microsoft.Web/sites"));

        Assert.Equal("app,linux", Arm.Text(site, "kind"));
        Assert.Equal("DOTNETCORE|10.0", Arm.Text(site, "properties", "siteConfig", "linuxFxVersion"));
        Assert.Equal("/readyz", Arm.Text(site, "properties", "siteConfig", "healthCheckPath"));
        Assert.Equal("true", Arm.Text(site, "properties", "siteConfig", "alwaysOn"));
    }

    [Fact]
    public void Site_AcceptsOnlyHttpsWithTls12AndNoFtp()
    {
        var site = Assert.Single(App.Template.OfType("Microsoft.Web/sites"));

        Assert.Equal("true", Arm.Text(site, "properties", "httpsOnly"));
        Assert.Equal("1.2", Arm.Text(site, "properties", "siteConfig", "minTlsVersion"));
        Assert.Equal("Disabled", Arm.Text(site, "properties", "siteConfig", "ftpsState"));
        Assert.Equal("SystemAssigned", Arm.Text(site, "identity", "type"));
    }

    [Fact]
    public void InstanceCount_DefaultsToTwo_AndSetsThePlanCapacity()
    {
        Assert.Equal("2", Arm.Text(main.Template.Parameters, "instanceCount", "defaultValue"));
        Assert.Equal($"[{Arm.Parameter("instanceCount")}]", App.Argument("instanceCount"));

        var plan = Assert.Single(App.Template.OfType("Microsoft.Web/serverfarms"));
        Assert.Equal($"[{Arm.Parameter("instanceCount")}]", Arm.Text(plan, "sku", "capacity"));
        Assert.Equal("true", Arm.Text(plan, "properties", "reserved"));
    }

    [Fact]
    public void Location_DefaultsToTheResourceGroupsLocation()
    {
        Assert.Equal("[resourceGroup().location]", Arm.Text(main.Template.Parameters, "location", "defaultValue"));
    }

    [Fact]
    public void ResourceNames_DeriveFromNamePrefix_WithAUniqueSuffixWhereGloballyUnique()
    {
        var variables = main.Template.Root.GetProperty("variables");
        Assert.Contains(Arm.Parameter("namePrefix"), Arm.Text(variables, "prefix"), StringComparison.Ordinal);
        Assert.StartsWith("[uniqueString(", Arm.Text(variables, "suffix"), StringComparison.Ordinal);

        foreach (var name in variables.GetProperty("names").EnumerateObject())
        {
            Assert.Contains(Arm.Variable("prefix"), name.Value.GetString(), StringComparison.Ordinal);
        }

        foreach (var global in new[] { "site", "storage", "vault", "bot" })
        {
            Assert.Contains(Arm.Variable("suffix"), Arm.Text(variables, "names", global), StringComparison.Ordinal);
        }
    }
}
