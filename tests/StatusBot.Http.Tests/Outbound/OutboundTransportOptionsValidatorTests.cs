using StatusBot.Http.Outbound;
using StatusBot.Http.Tests.Fakes;

namespace StatusBot.Http.Tests.Outbound;

public sealed class OutboundTransportOptionsValidatorTests
{
    private static readonly OutboundTransportOptionsValidator<TestOutboundOptions> Validator = new("Chat:Outbound");

    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(Validator.Validate(null, new TestOutboundOptions()).Succeeded);

    [Fact]
    public void Validate_NoAttempts_NamesTheKey() =>
        Assert.Contains("Chat:Outbound:MaxAttempts", Validator.Validate(null, new TestOutboundOptions { MaxAttempts = 0 }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_TotalTimeoutBelowAttemptTimeout_NamesBothKeys()
    {
        var result = Validator.Validate(null, new TestOutboundOptions { TotalTimeout = TimeSpan.FromSeconds(5) });

        Assert.Contains("Chat:Outbound:TotalTimeout must be at least Chat:Outbound:AttemptTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxRetryDelayBelowBase_NamesTheKeys() =>
        Assert.Contains("Chat:Outbound:BaseRetryDelay", Validator.Validate(null, new TestOutboundOptions { MaxRetryDelay = TimeSpan.FromMilliseconds(1) }).FailureMessage, StringComparison.Ordinal);
}
