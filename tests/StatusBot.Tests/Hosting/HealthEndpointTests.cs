using System.Net;
using StatusBot.Storage.Tests;

namespace StatusBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    // Azurite's published development account key (public; not a secret).
    private const string AzuriteAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public async Task Healthz_answers_while_the_host_is_alive()
    {
        using var factory = new StatusBotFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_on_sqlite_is_ready_and_the_database_file_exists()
    {
        using var factory = new StatusBotFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.Directory.FullName, "statusbot.db")));
    }

    [Fact]
    public async Task Readyz_on_azure_tables_through_azurite_is_ready()
    {
        using var factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = Azurite.ConnectionString,
        });
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_when_storage_does_not_answer_is_503_while_healthz_stays_200()
    {
        // A port nothing listens on: the table service is unreachable.
        var deadEndpoint = $"http://127.0.0.1:{FreePort.Find()}/devstoreaccount1";
        using var factory = new StatusBotFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] =
                $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteAccountKey};TableEndpoint={deadEndpoint};",
        });
        using var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
