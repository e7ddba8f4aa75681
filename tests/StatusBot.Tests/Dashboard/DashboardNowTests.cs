using System.Net;
using System.Text.RegularExpressions;
using StatusBot.Core.Chat;

namespace StatusBot.Tests.Dashboard;

/// <summary>The Now page shows each section's most urgent rows with a link to the rest, and a section whole on its own.</summary>
public sealed partial class DashboardNowTests
{
    [Fact]
    public async Task A_long_section_shows_its_first_twenty_rows_and_links_to_all_of_them()
    {
        using var host = new DashboardHost(null);
        var playground = WorkspaceId.Playground.ToString();
        var soon = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        for (var i = 0; i < 22; i++)
        {
            await host.CreateAsync(playground, $"Due soon {i:D2} <b>", dueDate: soon.AddDays(i % 2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        using var browser = host.Browser();
        (await browser.GetAsync(new Uri("/app/signin", UriKind.Relative))).EnsureSuccessStatusCode();

        var overview = await browser.GetStringAsync(new Uri("/app", UriKind.Relative));
        // StatusBot is in no channel C0456 of the playground, so every one of them is first of all one it cannot reach.
        var reach = Section(overview, "CannotReach");
        Assert.Contains("(22)", reach, StringComparison.Ordinal);
        Assert.Equal(20, RowLink().Count(reach));
        Assert.Contains("<a href=\"/app?section=cannot-reach\">See all 22: people the bot cannot reach</a> (2 more)", reach, StringComparison.Ordinal);
        Assert.Contains("Due soon 00 &lt;b&gt;", reach, StringComparison.Ordinal);
        Assert.DoesNotContain("Due soon 21 ", reach, StringComparison.Ordinal); // the later due date, and last by title
        Assert.Contains("The last 7 days", overview, StringComparison.Ordinal);

        var whole = await browser.GetStringAsync(new Uri("/app?section=cannot-reach", UriKind.Relative));
        Assert.Equal(22, RowLink().Count(Section(whole, "CannotReach")));
        Assert.DoesNotContain("section-MissedSilently", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("See all", whole, StringComparison.Ordinal);

        var wrong = await browser.GetAsync(new Uri("/app?section=everything", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("section must be one of cannot-reach, slipping, missed", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Section(string page, string kind)
    {
        var start = page.IndexOf($"<section aria-labelledby=\"section-{kind}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {kind} section");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<a href=\"/app/commitments/")]
    private static partial Regex RowLink();
}
