using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using StatusBot.Storage.Tables;
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
    public void With_a_key_certificate_the_stored_keys_are_encrypted_and_only_a_host_with_it_reads_tokens()
    {
        var keys = Directory.CreateTempSubdirectory("statusbot-keys-");
        var pfx = Path.Combine(keys.FullName, "keys.pfx");
        File.WriteAllBytes(pfx, SelfSignedPfx("pfx-password"));
        try
        {
            ReadsOnlyWithTheCertificate(pfx);
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    private static void ReadsOnlyWithTheCertificate(string pfx)
    {
        var withCertificate = new Dictionary<string, string?> { ["Storage:KeyCertificatePath"] = pfx, ["Storage:KeyCertificatePassword"] = "pfx-password" };
        using var first = new StatusBotFactory(withCertificate);
        var database = Path.Combine(first.Directory.FullName, "statusbot.db");
        using var second = new StatusBotFactory(new Dictionary<string, string?>(withCertificate) { ["Storage:SqlitePath"] = database });
        using var without = new StatusBotFactory(new Dictionary<string, string?> { ["Storage:SqlitePath"] = database });

        var sealedToken = TokenProtector(first).Protect("xoxb-workspace-token");

        var stored = string.Concat(StoredKeys(first));
        Assert.Contains("encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("xoxb-workspace-token", TokenProtector(second).Unprotect(sealedToken));
        Assert.ThrowsAny<CryptographicException>(() => TokenProtector(without).Unprotect(sealedToken));
    }

    private static byte[] SelfSignedPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=StatusBot keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }

    private static IEnumerable<string> StoredKeys(StatusBotFactory host)
    {
        var table = host.Services.GetRequiredService<ITableStore>().GetTableAsync("dataprotection").GetAwaiter().GetResult();
        foreach (var row in table.QueryAllAsync("keys").GetAwaiter().GetResult())
        {
            yield return string.Concat(row.Properties.Values.OfType<string>());
        }
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
