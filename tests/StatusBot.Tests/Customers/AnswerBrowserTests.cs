using Microsoft.Playwright;
using StatusBot.Tests.Playground.Browser;

namespace StatusBot.Tests.Customers;

/// <summary>The customer opens an answer link in Chromium, reads the page with no script, and answers.</summary>
public sealed class AnswerBrowserTests : HeadlessChromium
{
    [Fact]
    public async Task Customer_opens_the_link_changes_the_answer_adds_a_note_and_confirms_once()
    {
        await using var host = await CustomerHost.StartAsync();
        var commitment = await host.WarnedAsync(title: "Export <b>API</b>");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);

        await page.GotoAsync(host.EmailLinks()["The new date works"].ToString());

        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal("Your answer about Export <b>API</b>", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByLabel("The new date works").IsCheckedAsync());
        Assert.Empty(await host.AnswersAsync(commitment.Id));

        await page.GetByLabel("Let's talk").CheckAsync();
        await page.GetByLabel("A note for us").FillAsync("Please call <b>Ana</b> on Tuesday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" }).WaitForAsync();

        var answered = Assert.Single(await host.AnswersAsync(commitment.Id));
        Assert.Equal(("talk", "Please call <b>Ana</b> on Tuesday"), (answered.Data["answer"], answered.Data["note"]));
        Assert.Single(host.Posted(CustomerHost.Channel, "\"Let's talk\""));
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width} px wide on a 390 px phone.");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Customer_reads_the_promise_page_on_a_phone_without_script()
    {
        await using var host = await CustomerHost.StartAsync();
        await host.WarnedAsync();
        await host.PostAnswerAsync(host.EmailLinks()["The new date works"], "works");
        using var share = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/workspaces/{CustomerHost.Workspace}/customers/Acme/promise-links", UriKind.Relative));
        share.Headers.Add("X-Api-Key", CustomerHost.AdminKey);
        var url = System.Text.Json.Nodes.JsonNode.Parse(await (await host.Http.SendAsync(share)).Content.ReadAsStringAsync())!["url"]!.GetValue<string>();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)PlaygroundPage.Timeout.TotalMilliseconds);

        await page.GotoAsync(url);

        Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Banner).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Contentinfo).CountAsync());
        Assert.Equal("Our promises to Acme", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(3, await page.GetByRole(AriaRole.Columnheader).CountAsync());
        Assert.Contains("Your answer: The new date works", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page is {width} px wide on a 390 px phone.");
        var shot = Artifacts.PathFor("promise-page.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 0);
        await context.CloseAsync();
    }
}
