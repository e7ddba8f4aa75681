using System.Globalization;
using Microsoft.Playwright;
using StatusBot.Playground;

namespace StatusBot.Tests.Playground.Browser;

/// <summary>The whole product in the browser, as a newcomer meets it: StatusBot's own bot behind Web Chat.</summary>
public sealed class PlaygroundJourneyTests : HeadlessChromium
{
    [Fact]
    public async Task Newcomer_adds_a_commitment_answers_slipping_and_the_customer_gets_the_warning()
    {
        using var host = new PlaygroundBrowserHost();
        var page = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var due = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var newDate = today.AddDays(60);

        try
        {
            await WalkAsync(page, due, newDate);
        }
        catch (Exception)
        {
            // Keep what the page showed when it failed, then fail as before.
            await page.ScreenshotAsync(nameof(Newcomer_adds_a_commitment_answers_slipping_and_the_customer_gets_the_warning) + "-failed");
            throw;
        }
    }

    [Fact]
    public async Task The_manager_switched_to_approves_the_warning_and_the_customer_gets_it()
    {
        using var host = new PlaygroundBrowserHost();
        var sam = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var newDate = today.AddDays(60);

        try
        {
            await ToPreviewAsync(sam, today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), newDate, approver: PlaygroundWorkspace.ManagerId);
            await sam.ClickCardButtonContainingAsync("for approval");
            await sam.WaitForBotTextAsync("for approval; they have until");

            var maria = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress, "/?as=" + PlaygroundWorkspace.ManagerId);
            await maria.WaitForBotTextAsync(PlaygroundWorkspace.UserName + " asks you to approve this warning to Acme");
            await maria.ScreenshotAsync(nameof(The_manager_switched_to_approves_the_warning_and_the_customer_gets_it) + "-manager");
            await maria.ClickCardButtonAsync("Approve");

            await maria.WaitForCustomerMessageAsync(newDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
            await sam.WaitForBotTextAsync("Your warning reached Acme");
            Assert.Contains("Chat as Sam (you)", await maria.Page.Locator("header nav").InnerTextAsync(), StringComparison.Ordinal);
        }
        catch (Exception)
        {
            await sam.ScreenshotAsync(nameof(The_manager_switched_to_approves_the_warning_and_the_customer_gets_it) + "-failed");
            throw;
        }
    }

    private static async Task WalkAsync(PlaygroundPage page, string due, DateOnly newDate)
    {
        await ToPreviewAsync(page, due, newDate);
        await page.ScreenshotAsync(nameof(Newcomer_adds_a_commitment_answers_slipping_and_the_customer_gets_the_warning) + "-preview");
        await page.ClickCardButtonAsync("Send to the customer");
        await page.WaitForBotTextAsync("Your warning reached Acme");

        var spelled = newDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        await page.WaitForCustomerMessageAsync(spelled);
        await page.WaitForChannelMessageAsync(PlaygroundWorkspace.ProjectChannelId, PlaygroundWorkspace.UserName + " told Acme"); // A name, not an id.
        await page.SendAsync("digest");
        await page.WaitForBotTextAsync("Posted the digest of " + PlaygroundWorkspace.ProjectChannelId);
        await page.WaitForChannelMessageAsync(PlaygroundWorkspace.ProjectChannelId, "lead time");
        await page.ScreenshotAsync(nameof(Newcomer_adds_a_commitment_answers_slipping_and_the_customer_gets_the_warning));

        var warnings = (await page.CustomerMessagesAsync()).Where(m => m.Contains(spelled, StringComparison.Ordinal)).ToList();
        Assert.Contains("until Bulk export <b>API</b> is delivered", Assert.Single(warnings), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator("#webchat b, #playground-customer b").CountAsync());
    }

    /// <summary>Adds a commitment, asks for its check-in, answers Slipping and writes the warning up to its preview.</summary>
    private static async Task ToPreviewAsync(PlaygroundPage page, string due, DateOnly newDate, string? approver = null)
    {
        await page.SendAsync("commit");
        await page.WaitForBotTextAsync("Add a commitment");
        await page.FillInputAsync("What was promised", "Bulk export <b>API</b>");
        await page.FillInputAsync("To whom", "Acme");
        await page.FillInputAsync("Due date", due);
        await page.FillInputAsync("Where the customer hears from us", PlaygroundWorkspace.CustomerChannelId);
        await page.FillInputAsync("Project channel", PlaygroundWorkspace.ProjectChannelId);
        if (approver is not null)
        {
            await page.FillInputAsync("Who approves warnings first", approver);
        }

        await page.ClickCardButtonAsync("Add commitment");
        await page.WaitForBotTextAsync("Added Bulk export <b>API</b> for Acme");

        await page.SendAsync("checkin");
        await page.WaitForBotTextAsync("Asking about Bulk export");
        await page.ClickCardButtonAsync("Slipping");
        await page.WaitForBotTextAsync("answered Slipping");
        await page.FillInputAsync("New date", newDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickCardButtonAsync("Next");
        await page.WaitForBotTextAsync("Write the warning to Acme");
        await page.FillInputAsync("What happened", "The bulk export will not be ready on the date we gave you.");
        await page.FillInputAsync("Why", "Load tests showed that large accounts time out, and the fix needs a schema change.");
        await page.FillInputAsync("What it means for them", "Your year-end report cannot use the export until the new date.");
        await page.FillInputAsync("What we are doing", "Two engineers are on the fix; smaller exports from the reports page work meanwhile.");
        await page.FillInputAsync("What we need from them", "Does the new date work for you? Reply here with any concern.");
        await page.ClickCardButtonAsync("Preview");
        await page.WaitForBotTextAsync("as the customer will read it");
    }
}
