using StatusBot.Slack.Tests.FakeSlack;

namespace StatusBot.Slack.Tests.Installations;

public sealed class InstalledSlackTokensTests
{
    [Fact]
    public async Task Each_workspace_gets_its_own_token_and_one_not_installed_gets_none()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        var first = await harness.InstallAsync("T1");
        var second = await harness.InstallAsync("T2");

        Assert.Equal(first.BotToken, await harness.Tokens.GetAsync("T1"));
        Assert.Equal(second.BotToken, await harness.Tokens.GetAsync("T2"));
        Assert.NotEqual(first.BotToken, second.BotToken);
        Assert.Null(await harness.Tokens.GetAsync("T3"));
    }

    [Fact]
    public async Task A_token_is_read_from_memory_for_a_while_and_forgetting_it_reads_the_store_again()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        await harness.InstallAsync("T1");
        await harness.Tokens.GetAsync("T1");
        var reads = harness.Store.Reads;

        await harness.Tokens.GetAsync("T1");
        Assert.Equal(reads, harness.Store.Reads);

        await harness.Store.DeleteAsync("T1");
        harness.Tokens.Forget("T1");
        Assert.Null(await harness.Tokens.GetAsync("T1"));
    }

    [Fact]
    public async Task A_rotating_token_near_expiry_is_refreshed_once_and_the_new_tokens_are_stored()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        harness.Server.RotateTokens = true;
        var installed = await harness.InstallAsync("T1");
        Assert.Equal(installed.BotToken, await harness.Tokens.GetAsync("T1"));

        harness.Time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(5));
        var tokens = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Tokens.GetAsync("T1").AsTask()));

        var refresh = Assert.Single(harness.Server.Calls, c => c.Field("grant_type") == "refresh_token");
        Assert.Equal(installed.RefreshToken, refresh.Field("refresh_token"));
        var renewed = harness.Server.Granted[^1].Token;
        Assert.All(tokens, token => Assert.Equal(renewed, token));
        var stored = await harness.Store.GetAsync("T1");
        Assert.Equal(renewed, stored!.BotToken);
        Assert.NotEqual(installed.RefreshToken, stored.RefreshToken);
        Assert.Equal(harness.Time.GetUtcNow().AddHours(12), stored.ExpiresAt);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_token_while_it_still_works_and_tries_again_later()
    {
        await using var harness = await SlackOAuthHarness.StartAsync();
        harness.Server.RotateTokens = true;
        var installed = await harness.InstallAsync("T1");
        harness.Time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(5));
        harness.Server.FailNext(1, FakeSlackFault.ServerError(503), "oauth.v2.access");

        Assert.Equal(installed.BotToken, await harness.Tokens.GetAsync("T1"));

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await harness.Tokens.GetAsync("T1");
        Assert.NotEqual(installed.BotToken, renewed);
        Assert.Equal(2, harness.Server.Calls.Count(c => c.Field("grant_type") == "refresh_token"));
    }
}
