using System.Net;
using System.Text.RegularExpressions;
using StatusBot.Tests.Hosting;

namespace StatusBot.Tests.Site;

public sealed partial class SitePagesTests
{
    [Fact]
    public async Task Every_page_the_app_manifests_link_to_is_served()
    {
        using var factory = new StatusBotFactory();
        using var client = factory.CreateClient();
        var manifests = string.Join("\n", File.ReadAllText(RepoFile("manifest", "teams", "manifest.json")), File.ReadAllText(RepoFile("manifest", "slack", "manifest.yml")));
        var paths = LinkedPage().Matches(manifests).Select(m => m.Groups["path"].Value).Distinct().ToList();

        Assert.Equal(["/privacy", "/support", "/terms"], paths.Order(StringComparer.Ordinal));
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<main>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_privacy_page_says_what_is_kept_for_how_long_and_how_to_delete_it_with_the_operator_escaped()
    {
        using var factory = new StatusBotFactory(new Dictionary<string, string?> { ["Site:Operator"] = "Acme <b>Ltd</b>", ["Site:ContactEmail"] = "privacy@acme.example" });
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/privacy", UriKind.Relative));

        Assert.Contains("What it keeps", page, StringComparison.Ordinal);
        Assert.Contains("How long", page, StringComparison.Ordinal);
        Assert.Contains("Deleting it", page, StringComparison.Ordinal);
        Assert.Contains("Acme &lt;b&gt;Ltd&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:privacy@acme.example\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_can_replace_the_terms_with_their_own_file()
    {
        using var factory = new StatusBotFactory();
        var file = Path.Combine(factory.Directory.FullName, "terms.html");
        await File.WriteAllTextAsync(file, "<p>Our own terms.</p>");
        using var custom = factory.WithWebHostBuilder(b => b.UseSetting("Site:TermsFile", file));
        using var client = custom.CreateClient();

        var page = await client.GetStringAsync(new Uri("/terms", UriKind.Relative));

        Assert.Contains("<p>Our own terms.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("provided by", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_support_page_tells_slack_users_to_invite_the_bot()
    {
        using var factory = new StatusBotFactory(new Dictionary<string, string?> { ["Site:SupportUrl"] = "https://help.acme.example/statusbot" });
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync(new Uri("/support", UriKind.Relative));

        Assert.Contains("/invite @StatusBot", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://help.acme.example/statusbot\"", page, StringComparison.Ordinal);
    }

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "manifest")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("The repository's manifest folder was not found above the test's folder.");
    }

    [GeneratedRegex(@"https://(?:\{\{BOT_DOMAIN\}\}|statusbot\.example\.com)(?<path>/(?:privacy|terms|support))\b")]
    private static partial Regex LinkedPage();
}
