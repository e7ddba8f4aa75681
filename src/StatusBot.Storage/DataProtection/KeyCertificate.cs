using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using StatusBot.Storage.Hosting;

namespace StatusBot.Storage.DataProtection;

/// <summary>The certificate of <c>Storage:KeyCertificatePath</c>, which encrypts the Data Protection keys at rest.</summary>
internal static class KeyCertificate
{
    /// <summary>The certificate, or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable, or holds no private key; the message names the key.</exception>
    public static X509Certificate2? Load(StorageOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.KeyCertificatePath))
        {
            return null;
        }

        var path = Path.GetFullPath(options.KeyCertificatePath, contentRoot);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Storage:KeyCertificatePath names {path}, which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.KeyCertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"Storage:KeyCertificatePath ({path}) could not be read as a .pfx file with Storage:KeyCertificatePassword: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"Storage:KeyCertificatePath ({path}) holds no private key, so keys it encrypted could not be read back.");
        }

        return certificate;
    }
}
