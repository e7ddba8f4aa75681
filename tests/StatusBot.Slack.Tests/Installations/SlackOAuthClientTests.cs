using System.Text;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Tests.Installations;

public sealed class SlackOAuthClientTests
{
    [Fact]
    public async Task A_code_becomes_an_installation_through_oauth_v2_access_with_the_client_credentials()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        harness.Server.InstallCodes["code-1"] = ("T9", "Acme & Co");

        var installation = await harness.OAuth.ExchangeCodeAsync("code-1", new Uri("https://bot.example/slack/oauth/callback"));

        var call = Assert.Single(harness.Server.Calls);
        Assert.Equal("oauth.v2.access", call.Method);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("111.222:s3cret")), call.Authorization);
        Assert.Equal("code-1", call.Field("code"));
        Assert.Equal("https://bot.example/slack/oauth/callback", call.Field("redirect_uri"));
        Assert.Equal(("T9", "Acme & Co", "A0APP", "UBOT", "UINSTALLER"), (installation.TeamId, installation.TeamName, installation.AppId, installation.BotUserId, installation.InstalledBy));
        Assert.Equal(harness.Server.Granted[0].Token, installation.BotToken);
        Assert.Equal("chat:write,commands,im:write,users:read", installation.Scopes);
        Assert.Null(installation.RefreshToken);
        Assert.Null(installation.ExpiresAt);
    }

    [Fact]
    public async Task With_token_rotation_the_installation_knows_its_refresh_token_and_expiry()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        harness.Server.RotateTokens = true;

        var installation = await harness.InstallAsync("T9");

        Assert.StartsWith("xoxe.xoxb-", installation.BotToken, StringComparison.Ordinal);
        Assert.StartsWith("xoxe-1-", installation.RefreshToken, StringComparison.Ordinal);
        Assert.Equal(harness.Time.GetUtcNow().AddHours(12), installation.ExpiresAt);
    }

    [Fact]
    public async Task A_code_used_twice_is_refused_with_slacks_error()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        harness.Server.InstallCodes["code-1"] = ("T9", "Acme");
        await harness.OAuth.ExchangeCodeAsync("code-1", new Uri("https://bot.example/cb"));

        var refused = await Assert.ThrowsAsync<SlackApiException>(() => harness.OAuth.ExchangeCodeAsync("code-1", new Uri("https://bot.example/cb")));

        Assert.Equal("invalid_code", refused.Error);
    }

    [Fact]
    public void The_installation_never_shows_its_tokens_in_text()
    {
        var installation = new Slack.Installations.SlackInstallation("T9", "Acme", null, "A1", "UBOT", "xoxb-secret", "chat:write", "xoxe-1-secret", null, null, DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("secret", installation.ToString(), StringComparison.Ordinal);
    }
}
