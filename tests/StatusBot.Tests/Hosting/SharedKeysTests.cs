using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Storage.Tests;

namespace StatusBot.Tests.Hosting;

public sealed class SharedKeysTests
{
    private static Dictionary<string, string?> OnAzurite() => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = Azurite.ConnectionString,
    };

    private static IDataProtector TokenProtector(StatusBotFactory host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("StatusBot.Tests.Tokens");

    [Fact]
    public void Two_hosts_on_one_account_read_a_token_the_other_encrypted()
    {
        using var first = new StatusBotFactory(OnAzurite());
        using var second = new StatusBotFactory(OnAzurite());

        var sealedToken = TokenProtector(first).Protect("xoxb-workspace-token");

        Assert.NotEqual("xoxb-workspace-token", sealedToken);
        Assert.Equal("xoxb-workspace-token", TokenProtector(second).Unprotect(sealedToken));
    }

    [Fact]
    public void A_host_on_another_store_cannot_read_the_token()
    {
        using var first = new StatusBotFactory();
        using var stranger = new StatusBotFactory();

        var sealedToken = TokenProtector(first).Protect("xoxb-workspace-token");

        Assert.ThrowsAny<CryptographicException>(() => TokenProtector(stranger).Unprotect(sealedToken));
    }
}
