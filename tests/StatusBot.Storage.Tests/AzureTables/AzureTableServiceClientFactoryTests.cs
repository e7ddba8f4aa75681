using StatusBot.Storage.AzureTables;

namespace StatusBot.Storage.Tests.AzureTables;

public sealed class AzureTableServiceClientFactoryTests
{
    [Fact]
    public void FromServiceUri_Endpoint_TargetsThatAccount()
    {
        var client = AzureTableServiceClientFactory.FromServiceUri(new Uri("https://statusbot.table.core.windows.net/"));
        Assert.Equal("statusbot", client.AccountName);
    }

    [Fact]
    public void FromConnectionString_AzuriteStyleString_TargetsItsTableEndpoint()
    {
        var client = AzureTableServiceClientFactory.FromConnectionString(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Convert.ToBase64String(new byte[64]) +
            ";TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;");
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), client.Uri);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void FromConnectionString_Blank_ThrowsArgumentException(string connectionString) =>
        Assert.ThrowsAny<ArgumentException>(() => AzureTableServiceClientFactory.FromConnectionString(connectionString));
}
