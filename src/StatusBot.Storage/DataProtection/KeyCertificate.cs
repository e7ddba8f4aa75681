using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace StatusBot.Storage.DataProtection;

/// <summary>The certificate of <c>Storage:KeyCertificatePath</c>, which encrypts the Data Protection keys at rest.</summary>
internal static class KeyCertificate
{
    /// <summary>The certificate, or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, unreadable, or holds no private key; the message names the key.</exception>
    /// <param name="certificatePath">The .pfx file (<c>Storage:KeyCertificatePath</c>), relative to <paramref name="contentRoot"/>; null for none.</param>
    /// <param name="password">Its password (<c>Storage:KeyCertificatePassword</c>), or null.</param>
    /// <param name="contentRoot">The host's content root.</param>
    public static X509Certificate2? Load(string? certificatePath, string? password, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(certificatePath))
        {
            return null;
        }

        var path = Path.GetFullPath(certificatePath, contentRoot);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Storage:KeyCertificatePath names {path}, which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
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
