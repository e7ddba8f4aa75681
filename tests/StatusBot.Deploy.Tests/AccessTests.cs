using System.Text.Json;

namespace StatusBot.Deploy.Tests;

[Collection(MainTemplateGroup.Name)]
public class AccessTests(CompiledMainTemplate main)
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private BicepModule Access => main.Template.Module("access");

    [Fact]
    public void StorageAccount_AllowsNoSharedKeyNoPublicBlobsAndOnlyTls12()
    {
        var account = Assert.Single(main.Template.Module("storage").Template.OfType("Microsoft.Storage/storageAccounts"));

        Assert.Equal("false", Arm.Text(account, "properties", "allowSharedKeyAccess"));
        Assert.Equal("false", Arm.Text(account, "properties", "allowBlobPublicAccess"));
        Assert.Equal("TLS1_2", Arm.Text(account, "properties", "minimumTlsVersion"));
        Assert.Single(main.Template.Module("storage").Template.OfType("Microsoft.Storage/storageAccounts/tableServices"));
    }

    [Fact]
    public void TableDataContributor_IsGrantedToTheSitesIdentity_OnTheStorageAccount()
    {
        var assignment = RoleAssignment(StorageTableDataContributor);

        Assert.Equal($"[resourceId('Microsoft.Storage/storageAccounts', {Arm.Parameter("storageAccountName")})]", Arm.Text(assignment, "scope"));
        Assert.Equal("[variables('names').storage]", Access.Argument("storageAccountName"));
        AssertGrantedToTheSitesIdentity(assignment);
    }

    [Fact]
    public void SecretsUser_IsGrantedToTheSitesIdentity_OnTheVaultOnly()
    {
        var assignment = RoleAssignment(KeyVaultSecretsUser);

        Assert.Equal($"[resourceId('Microsoft.KeyVault/vaults', {Arm.Parameter("vaultName")})]", Arm.Text(assignment, "scope"));
        Assert.Equal("[variables('names').vault]", Access.Argument("vaultName"));
        AssertGrantedToTheSitesIdentity(assignment);
    }

    [Fact]
    public void RoleAssignments_AreExactlyTheTwoForTheApp()
    {
        var assignments = main.Template.Everywhere("Microsoft.Authorization/roleAssignments").ToList();

        Assert.Equal(2, assignments.Count);
        Assert.Equal(2, Access.Template.OfType("Microsoft.Authorization/roleAssignments").Count());
        Assert.All(assignments, found => Assert.Equal($"[{Arm.Parameter("principalId")}]", Arm.Text(found.Resource, "properties", "principalId")));
    }

    [Fact]
    public void Vault_UsesRbacWithSoftDeleteAndPurgeProtection_AndNoAccessPolicies()
    {
        var vault = Assert.Single(main.Template.Module("keyvault").Template.OfType("Microsoft.KeyVault/vaults"));

        Assert.Equal("true", Arm.Text(vault, "properties", "enableRbacAuthorization"));
        Assert.Equal("true", Arm.Text(vault, "properties", "enableSoftDelete"));
        Assert.Equal("true", Arm.Text(vault, "properties", "enablePurgeProtection"));
        Assert.Null(Arm.Text(vault, "properties", "accessPolicies"));
    }

    private JsonElement RoleAssignment(string roleDefinitionId) =>
        Assert.Single(
            Access.Template.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => RoleOf(assignment) == roleDefinitionId);

    // The role id sits in a variable: resolve it so the test names the built-in role it expects.
    private string? RoleOf(JsonElement assignment)
    {
        var expression = Arm.Text(assignment, "properties", "roleDefinitionId")!;
        const string prefix = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('";
        Assert.StartsWith(prefix, expression, StringComparison.Ordinal);
        var variable = expression[prefix.Length..expression.IndexOf("')", prefix.Length, StringComparison.Ordinal)];
        return Arm.Text(Access.Template.Root, "variables", variable);
    }

    private void AssertGrantedToTheSitesIdentity(JsonElement assignment)
    {
        Assert.Equal($"[{Arm.Parameter("principalId")}]", Arm.Text(assignment, "properties", "principalId"));
        Assert.Equal("ServicePrincipal", Arm.Text(assignment, "properties", "principalType"));
        Assert.True(Arm.IsModuleOutput(Access.Argument("principalId"), "app", "principalId"), Access.Argument("principalId"));

        var principalId = Arm.Text(main.Template.Module("app").Template.Outputs, "principalId", "value");
        Assert.Contains("resourceId('Microsoft.Web/sites', parameters('siteName'))", principalId, StringComparison.Ordinal);
        Assert.EndsWith(".identity.principalId]", principalId, StringComparison.Ordinal);
    }
}
