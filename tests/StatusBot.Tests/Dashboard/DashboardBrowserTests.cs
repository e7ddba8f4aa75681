using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StatusBot.Tests.Playground.Browser;

namespace StatusBot.Tests.Dashboard;

/// <summary>The dashboard in Chromium: signed in through the fake provider, every page read with data loaded through the admin API.</summary>
public sealed class DashboardBrowserTests : HeadlessChromium
{
    private const string WorkspaceA = "slack-T0123ABC";
    private const string WorkspaceB = "slack-T0999XYZ";

    [Fact]
    public async Task Leader_signs_in_with_Slack_and_reads_every_page_with_no_serious_accessibility_problem()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        var soon = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = await host.CreateAsync(WorkspaceA, "Bulk export <b>API</b>", customer: "Acme & Sons", dueDate: soon);
        var moved = await host.CreateAsync(WorkspaceA, "Audit log", customer: "Acme & Sons", dueDate: "2027-02-01");
        await host.PatchAsync(WorkspaceA, moved, """{"dueDate":"2027-03-01","dueDateReason":"ours"}""");
        var delivered = await host.CreateAsync(WorkspaceA, "SSO", customer: "Globex", dueDate: "2027-02-01", channel: "C0789");
        await host.PatchAsync(WorkspaceA, delivered, """{"status":"delivered"}""");
        await host.CreateAsync(WorkspaceB, "Other team's secret launch");
        provider.NextUser = FakeOpenIdProvider.SlackUser("T0123ABC", "U0123", "Ada");
        // axe is injected as a script, which the dashboard's own policy (no script at all) would refuse.
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true, BypassCSP = true });
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);

        try
        {
            await page.GotoAsync(new Uri(host.BaseAddress, "/app").ToString());
            await AssertAccessibleAsync(page, "sign-in");
            await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Slack" }).ClickAsync();
            await page.WaitForURLAsync("**/app");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Due this week" })).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("main b").CountAsync()); // the title's markup is text
            await AssertAccessibleAsync(page, "now");

            await page.GetByRole(AriaRole.Link, new() { Name = "Bulk export <b>API</b>" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bulk export <b>API</b>", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("Promised");
            await AssertAccessibleAsync(page, "commitment");

            await Nav(page, "Trends").ClickAsync();
            var chart = page.Locator("svg[role=img]");
            await Assertions.Expect(chart).ToHaveAttributeAsync("aria-labelledby", "trend-chart-title trend-chart-desc");
            await Assertions.Expect(page.Locator("svg title")).ToHaveTextAsync("Median warning lead time per month");
            var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var row = page.GetByRole(AriaRole.Table, new() { Name = "Per month" }).GetByRole(AriaRole.Row).Filter(new() { HasText = month });
            await Assertions.Expect(row).ToContainTextAsync("100%"); // the one delivery was on time
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Per project channel, over the whole time" })).ToContainTextAsync("C0789");
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("dashboard-trends.png"), FullPage = true });
            await AssertAccessibleAsync(page, "trends");

            await Nav(page, "People").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Calibration and check-in response rate per owner" })).ToContainTextAsync("U0123");
            await AssertAccessibleAsync(page, "people");

            await Nav(page, "Customers").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Acme & Sons" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Promises to Acme & Sons" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("moved by us");
            await AssertAccessibleAsync(page, "customer");

            await Nav(page, "Export").ClickAsync();
            await AssertAccessibleAsync(page, "export");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Commitments (CSV)" }).ClickAsync());
            var csv = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.StartsWith("id,title,customer,dueDate", csv, StringComparison.Ordinal);
            Assert.Contains("Bulk export <b>API</b>", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("secret launch", csv, StringComparison.Ordinal);
            Assert.Equal("statusbot-slack-T0123ABC-commitments.csv", download.SuggestedFilename);

            var other = await page.GotoAsync(new Uri(host.BaseAddress, $"/app/commitments/{id}x").ToString());
            Assert.Equal(404, other!.Status);
        }
        catch (Exception)
        {
            await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("dashboard-failed.png"), FullPage = true });
            throw;
        }
    }

    [Fact]
    public async Task A_person_of_one_workspace_cannot_open_anothers_commitment_or_customer()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        await host.CreateAsync(WorkspaceA, "Ours");
        var theirs = await host.CreateAsync(WorkspaceB, "Other team's secret launch", customer: "Initech");
        provider.NextUser = FakeOpenIdProvider.SlackUser("T0123ABC", "U0123", "Ada");
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "/app/signin/slack").ToString());
        await page.WaitForURLAsync("**/app");

        var byId = await page.GotoAsync(new Uri(host.BaseAddress, $"/app/commitments/{theirs}").ToString());
        var byCustomer = await page.GotoAsync(new Uri(host.BaseAddress, "/app/customers/Initech").ToString());
        var byWorkspace = await page.GotoAsync(new Uri(host.BaseAddress, $"/app/commitments/{theirs}?workspace={WorkspaceB}").ToString());

        Assert.Equal(404, byId!.Status);
        Assert.Equal(404, byCustomer!.Status);
        Assert.Equal(404, byWorkspace!.Status);
        Assert.DoesNotContain("secret launch", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_deletes_the_workspaces_data_only_after_typing_its_id()
    {
        using var host = new DashboardHost(null);
        var playground = StatusBot.Core.Chat.WorkspaceId.Playground.ToString();
        await host.CreateAsync(playground, "Playground promise");
        await host.CreateAsync(WorkspaceA, "Another team promise");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true }); // for axe, as above
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);
        await host.Admin.PutAsync(new Uri($"/api/workspaces/{playground}/settings/holidays", UriKind.Relative),
            new StringContent("""{"dates":["2026-12-25"]}""", System.Text.Encoding.UTF8, "application/json"));
        await page.GotoAsync(new Uri(host.BaseAddress, "/app").ToString()); // the playground user, an admin
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Fri 25 Dec 2026");
        await AssertAccessibleAsync(page, "settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete data" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 commitments with their whole histories (");
        await AssertAccessibleAsync(page, "delete");
        await page.GetByLabel("Type the workspace id").FillAsync("teams-something-else");
        var refused = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Delete all of this workspace's data" }).ClickAsync(), r => r.Request.Method == "POST");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was deleted");
        Assert.Equal(400, refused.Status);
        Assert.Contains("Playground promise", await host.Admin.GetStringAsync(new Uri($"/api/workspaces/{playground}/commitments", UriKind.Relative)), StringComparison.Ordinal);

        await page.GetByLabel("Type the workspace id").FillAsync(playground);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete all of this workspace's data" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted 1 commitments with ");
        Assert.DoesNotContain("Playground promise", await host.Admin.GetStringAsync(new Uri($"/api/workspaces/{playground}/commitments", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Another team promise", await host.Admin.GetStringAsync(new Uri($"/api/workspaces/{WorkspaceA}/commitments", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_changes_the_check_in_hour_working_days_and_hours_and_adds_a_holiday_and_all_stick()
    {
        using var host = new DashboardHost(null);
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true }); // for axe, as above
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);
        await page.GotoAsync(new Uri(host.BaseAddress, "/app").ToString()); // the playground user, an admin
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await AssertAccessibleAsync(page, "settings form");

        await page.GetByLabel("Check-in time").FillAsync("07:30");
        await page.GetByLabel("Quiet hours start").FillAsync("16:00");
        await page.GetByLabel("Friday").UncheckAsync();
        var refused = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save the check-in rules" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Assertions.Expect(page.Locator("#checkInTime-problem")).ToContainTextAsync("CheckInTime (07:30) must lie in the working day");
        await Assertions.Expect(page.GetByLabel("Check-in time")).ToHaveValueAsync("07:30");
        await Assertions.Expect(page.Locator("#quietHoursStart-problem")).ToContainTextAsync("Quiet hours must not overlap the working day.");
        await Assertions.Expect(page.GetByLabel("Quiet hours start")).ToHaveValueAsync("16:00");
        await Assertions.Expect(page.GetByLabel("Friday")).Not.ToBeCheckedAsync();
        await AssertAccessibleAsync(page, "settings with a wrong value");

        await page.GetByLabel("Check-in time").FillAsync("11:00");
        await page.GetByLabel("Quiet hours start").FillAsync("20:00");
        await page.GetByLabel("Saturday").CheckAsync();
        await page.GetByLabel("Working day ends").FillAsync("18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the check-in rules" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the check-in rules.");
        await page.GetByLabel("Day off for the whole workspace").FillAsync("2026-12-24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the holiday" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the holidays.");
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByLabel("Check-in time")).ToHaveValueAsync("11:00");
        await Assertions.Expect(page.Locator("main dl")).ToContainTextAsync("11:00, on working days");
        await Assertions.Expect(page.Locator("main dl")).ToContainTextAsync("Monday, Tuesday, Wednesday, Thursday, Saturday");
        await Assertions.Expect(page.Locator("main dl")).ToContainTextAsync("09:00 to 18:00");
        await Assertions.Expect(page.Locator("main dl")).ToContainTextAsync("20:00 to 08:00");
        await Assertions.Expect(page.GetByLabel("Friday")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove the holiday Thu 24 Dec 2026" })).ToBeVisibleAsync();
        var stored = await host.Admin.GetStringAsync(new Uri("/api/workspaces/teams-playground/settings/check-ins", UriKind.Relative));
        Assert.Contains("\"checkInTime\":\"11:00:00\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"workingDays\":[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"saturday\"]", stored, StringComparison.Ordinal);
        Assert.Contains("\"workdayEnd\":\"18:00:00\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"quietHoursStart\":\"20:00:00\"", stored, StringComparison.Ordinal);
        Assert.Contains("2026-12-24", stored, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("dashboard-settings.png"), FullPage = true });
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_gets_the_settings_without_a_form_and_a_post_of_theirs_is_refused()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        provider.NextUser = FakeOpenIdProvider.SlackUser("T0123ABC", "U0123", "Ada");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BypassCSP = true }); // for axe, as above
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);
        await page.GotoAsync(new Uri(host.BaseAddress, "/app/signin/slack").ToString());
        await page.WaitForURLAsync("**/app");

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Only a workspace admin can change them.");
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        await AssertAccessibleAsync(page, "settings read-only");
        // The sign-out form's token is this person's: with it, a post is refused for who they are, not for a missing token.
        var token = await page.Locator("header input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var posted = await page.APIRequest.PostAsync(new Uri(host.BaseAddress, "/app/settings?handler=CheckIns").ToString(), new()
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("checkInTime", "11:00"),
        });

        Assert.Equal(403, posted.Status);
        Assert.Contains("\"checkInTime\":\"10:00:00\"", await host.Admin.GetStringAsync(new Uri("/api/workspaces/slack-T0123ABC/settings/check-ins", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static ILocator Nav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Dashboard" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
