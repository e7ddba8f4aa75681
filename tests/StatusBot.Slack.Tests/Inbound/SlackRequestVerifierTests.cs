using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackRequestVerifierTests
{
    // Slack's published example (PROTOCOLS.md, "Request signing").
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    // HMAC-SHA256(Secret, "v0:1531420618:"), computed independently with openssl.
    private const string EmptyBodySignature = "v0=55f41ec73231010289b54e669149ea021fccab11b5524355523533ce930cb739";

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Body);

    private static SlackRequestVerifier Create(long nowSeconds = 1531420618, string? secret = Secret)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds));
        return new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = secret }), time);
    }

    [Fact]
    public void Verify_SlackPublishedExample_Verifies()
    {
        var result = Create().Verify(BodyBytes, Timestamp, Signature);

        Assert.True(result.IsVerified, result.Reason);
    }

    [Fact]
    public void Verify_TamperedBody_ReportsMismatch()
    {
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("roadrunner", "coyote", StringComparison.Ordinal));

        var result = Create().Verify(tampered, Timestamp, Signature);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Verify_TamperedSignature_ReportsMismatch()
    {
        var tampered = Signature[..^1] + "4";

        var result = Create().Verify(BodyBytes, Timestamp, tampered);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Verify_TimestampFromOtherRequest_ReportsMismatch()
    {
        var result = Create(1531420619).Verify(BodyBytes, "1531420619", Signature);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Theory]
    [InlineData(299)]
    [InlineData(-299)]
    [InlineData(300)]
    [InlineData(-300)]
    public void Verify_ClockWithinWindow_Verifies(long offset)
    {
        var result = Create(1531420618 + offset).Verify(BodyBytes, Timestamp, Signature);

        Assert.True(result.IsVerified, result.Reason);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400)]
    public void Verify_ClockOutsideWindow_ReportsOutOfWindow(long offset)
    {
        var result = Create(1531420618 + offset).Verify(BodyBytes, Timestamp, Signature);

        Assert.Equal(SlackVerificationFailure.TimestampOutOfWindow, result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_MissingTimestamp_ReportsMissing(string? timestamp)
    {
        Assert.Equal(SlackVerificationFailure.MissingTimestamp, Create().Verify(BodyBytes, timestamp, Signature).Failure);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData("+1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999999")]
    public void Verify_NonNumericTimestamp_ReportsMalformed(string timestamp)
    {
        Assert.Equal(SlackVerificationFailure.MalformedTimestamp, Create().Verify(BodyBytes, timestamp, Signature).Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_MissingSignature_ReportsMissing(string? signature)
    {
        Assert.Equal(SlackVerificationFailure.MissingSignature, Create().Verify(BodyBytes, Timestamp, signature).Failure);
    }

    [Theory]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("V0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50300")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    public void Verify_GarbledSignature_ReportsMalformed(string signature)
    {
        Assert.Equal(SlackVerificationFailure.MalformedSignature, Create().Verify(BodyBytes, Timestamp, signature).Failure);
    }

    [Fact]
    public void Verify_UppercaseHex_Verifies()
    {
        var upper = "v0=" + Signature[3..].ToUpperInvariant();

        Assert.True(Create().Verify(BodyBytes, Timestamp, upper).IsVerified);
    }

    [Fact]
    public void Verify_EmptyBodySignedCorrectly_Verifies()
    {
        var result = Create().Verify([], Timestamp, EmptyBodySignature);

        Assert.True(result.IsVerified, result.Reason);
    }

    [Fact]
    public void Verify_EmptyBodyWithExampleSignature_ReportsMismatch()
    {
        Assert.Equal(SlackVerificationFailure.SignatureMismatch, Create().Verify([], Timestamp, Signature).Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Verify_UnsetSecret_RefusesEvenValidRequest(string? secret)
    {
        var result = Create(secret: secret).Verify(BodyBytes, Timestamp, Signature);

        Assert.Equal(SlackVerificationFailure.SecretNotConfigured, result.Failure);
    }

    [Fact]
    public void Verify_AnyFailure_ReasonHoldsNeitherSecretNorBody()
    {
        var reasons = new[]
        {
            Create().Verify(BodyBytes, Timestamp, Signature[..^1] + "4").Reason,
            Create(0).Verify(BodyBytes, Timestamp, Signature).Reason,
            Create().Verify(BodyBytes, Timestamp, "v0=xyz").Reason,
        };

        Assert.All(reasons, reason =>
        {
            Assert.DoesNotContain(Secret, reason, StringComparison.Ordinal);
            Assert.DoesNotContain("roadrunner", reason, StringComparison.Ordinal);
            Assert.DoesNotContain(Signature[3..], reason, StringComparison.Ordinal);
        });
    }
}
