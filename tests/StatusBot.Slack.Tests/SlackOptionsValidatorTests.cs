namespace StatusBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    private static readonly SlackOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(Validator.Validate(null, new SlackOptions()).Succeeded);
    }

    [Fact]
    public void Validate_ClientIdWithoutSecret_FailsNamingBothKeys()
    {
        var result = Validator.Validate(null, new SlackOptions { ClientId = "123.456" });

        Assert.True(result.Failed);
        Assert.Contains("Slack:ClientSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BotTokenAndOAuthTogether_FailsSayingToChooseOne()
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = "xoxb-1", ClientId = "123.456", ClientSecret = "s" });

        Assert.Contains("not both", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttpAuthorizeUrl_Fails()
    {
        var result = Validator.Validate(null, new SlackOptions { AuthorizeUrl = new Uri("http://slack.example/authorize") });

        Assert.Contains("Slack:AuthorizeUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UserTokenInsteadOfBotToken_Fails()
    {
        var result = Validator.Validate(null, new SlackOptions { BotToken = "xoxp-123" });

        Assert.Contains("Slack:BotToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeApiBaseUrl_Fails()
    {
        var result = Validator.Validate(null, new SlackOptions { ApiBaseUrl = new Uri("/api", UriKind.Relative) });

        Assert.Contains("Slack:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }
}
