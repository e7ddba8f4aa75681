namespace StatusBot.Slack.Tests;

public class SlackManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(RepositoryRoot(), "manifest", "slack", "manifest.yml"));

    [Theory]
    [InlineData("/slip")]
    [InlineData("/commit")]
    [InlineData("/digest")]
    [InlineData("/away")]
    [InlineData("/manager")]
    [InlineData("/tone")]
    public void Manifest_DeclaresEachCommand_OnTheCommandsUrl(string command)
    {
        var at = Manifest.IndexOf("- command: " + command + "\n", StringComparison.Ordinal);

        Assert.True(at >= 0, $"{command} is not declared.");
        Assert.StartsWith("      url: https://statusbot.example.com/slack/commands", Manifest[(Manifest.IndexOf('\n', at) + 1)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/away")]
    [InlineData("/manager")]
    public void Manifest_CommandsThatNamePeople_HaveSlackEscapeMentions(string command)
    {
        var declared = Manifest[Manifest.IndexOf("- command: " + command + "\n", StringComparison.Ordinal)..];
        var block = declared[..(declared.IndexOf("    - command:", 4, StringComparison.Ordinal) is var next and > 0 ? next : declared.IndexOf("oauth_config", StringComparison.Ordinal))];

        Assert.Contains("should_escape: true", block, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request_url: https://statusbot.example.com/slack/events")]
    [InlineData("request_url: https://statusbot.example.com/slack/interactions")]
    [InlineData("- https://statusbot.example.com/slack/oauth/callback")]
    [InlineData("- https://statusbot.example.com/app/signin-slack")]
    [InlineData("- app_home_opened")]
    [InlineData("- app_uninstalled")]
    [InlineData("- tokens_revoked")]
    [InlineData("home_tab_enabled: true")]
    public void Manifest_PointsSlackAtTheHostsEndpointsAndEvents(string line) =>
        Assert.Contains(line, Manifest, StringComparison.Ordinal);

    [Fact]
    public void Manifest_AsksOnlyForTheBotScopesStatusBotUses()
    {
        var scopes = Manifest.Split("    bot:\n")[1].Split("settings:")[0]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('-', ' '));

        Assert.Equal(["channels:history", "channels:read", "chat:write", "commands", "files:write", "groups:history", "groups:read", "im:history", "im:write", "users:read", "users:read.email"], scopes);
        Assert.Equal(scopes, StatusBot.Slack.Installations.SlackScopes.Bot); // what an OAuth install asks for
    }

    [Fact]
    public void Manifest_AsksSignInWithSlackForOnlyTheOpenIdScopes()
    {
        var scopes = Manifest.Split("    user:\n")[1].Split("    bot:")[0]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('-', ' '));

        Assert.Equal(["openid", "profile", "email"], scopes);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StatusBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with StatusBot.sln) was not found above the test's folder.");
    }
}
