using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// Checks Slack's request signature (<c>v0=</c> HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c>) and
/// the five-minute replay window. Run it on the raw body bytes, before any parsing.
/// </summary>
public sealed class SlackRequestVerifier
{
    /// <summary>Slack's replay window: a timestamp further than this from now is refused.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string Prefix = "v0=";
    private const int MacBytes = 32;
    private static readonly byte[] Version = "v0:"u8.ToArray();

    private readonly byte[]? key;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a verifier for the configured signing secret.</summary>
    /// <param name="options">The Slack options; an unset <see cref="SlackOptions.SigningSecret"/> refuses everything.</param>
    /// <param name="timeProvider">The clock for the replay window.</param>
    public SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var secret = options.Value.SigningSecret;
        key = string.IsNullOrWhiteSpace(secret) ? null : Encoding.UTF8.GetBytes(secret);
        this.timeProvider = timeProvider;
    }

    /// <summary>Verifies one request.</summary>
    /// <param name="body">The raw body exactly as received.</param>
    /// <param name="timestamp">The <c>X-Slack-Request-Timestamp</c> header value.</param>
    /// <param name="signature">The <c>X-Slack-Signature</c> header value.</param>
    /// <remarks>
    /// Slack sends lowercase hex. Uppercase hex is accepted too: the digits are decoded to bytes and the
    /// bytes compared, so case carries no secret and refusing it would only add a way to fail.
    /// </remarks>
    public SlackVerificationResult Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        if (key is null)
        {
            return Fail(SlackVerificationFailure.SecretNotConfigured, "Slack:SigningSecret is not set; every Slack request is refused");
        }

        if (string.IsNullOrEmpty(timestamp))
        {
            return Fail(SlackVerificationFailure.MissingTimestamp, "X-Slack-Request-Timestamp is missing");
        }

        if (timestamp.Length > 19 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Fail(SlackVerificationFailure.MalformedTimestamp, "X-Slack-Request-Timestamp is not unix seconds");
        }

        var skew = timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(skew) > (long)MaxClockSkew.TotalSeconds)
        {
            return Fail(
                SlackVerificationFailure.TimestampOutOfWindow,
                string.Create(CultureInfo.InvariantCulture, $"X-Slack-Request-Timestamp is {skew} s from now; the window is 300 s"));
        }

        if (string.IsNullOrEmpty(signature))
        {
            return Fail(SlackVerificationFailure.MissingSignature, "X-Slack-Signature is missing");
        }

        Span<byte> given = stackalloc byte[MacBytes];
        if (!signature.StartsWith(Prefix, StringComparison.Ordinal)
            || signature.Length != Prefix.Length + (MacBytes * 2)
            || Convert.FromHexString(signature.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != MacBytes)
        {
            return Fail(SlackVerificationFailure.MalformedSignature, "X-Slack-Signature is not v0= followed by 64 hex digits");
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        ComputeMac(timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given)
            ? SlackVerificationResult.Verified
            : Fail(SlackVerificationFailure.SignatureMismatch, "X-Slack-Signature does not match the body");
    }

    private void ComputeMac(string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key!);
        hmac.AppendData(Version);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData(":"u8);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static SlackVerificationResult Fail(SlackVerificationFailure failure, string reason) => new(failure, reason);
}
