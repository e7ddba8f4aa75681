using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StatusBot.Core.Chat;
using StatusBot.Playground;
using StatusBot.Teams.Rendering;

namespace StatusBot.Tests.Playground.Browser;

public sealed class PlaygroundBrowserTests : HeadlessChromium
{
    [Fact]
    public async Task A_newcomer_chats_in_web_chat_and_sees_the_bot_answer_and_the_customer_inbox()
    {
        using var host = new PlaygroundBrowserHost();
        var page = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress);

        await page.SendAsync("help");
        await page.WaitForBotTextAsync("Here is what I can do");

        // What StatusBot sends to the customer, as its Teams renderer makes it: user text shown as text, never as markup.
        var connector = host.Services.GetRequiredService<PlaygroundConnector>();
        var card = AdaptiveCardRenderer.Render(new ChatMessage { Text = "<img src=x onerror=alert(1)> We will deliver on **18 December**." }).ToActivity();
        connector.Send(PlaygroundWorkspace.CustomerChannelId, card);
        await page.WaitForCustomerMessageAsync("We will deliver on");

        var screenshot = await page.ScreenshotAsync(nameof(A_newcomer_chats_in_web_chat_and_sees_the_bot_answer_and_the_customer_inbox));
        Assert.Contains(await page.CustomerMessagesAsync(), m => m.Contains("<img src=x onerror=alert(1)> We will deliver on **18 December**.", StringComparison.Ordinal));
        Assert.Equal(0, await page.Page.Locator("#playground-customer img[src=x]").CountAsync());
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact]
    public async Task A_first_visit_is_greeted_once_with_three_things_to_try_and_help_is_a_list()
    {
        using var host = new PlaygroundBrowserHost();
        var page = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress);

        await page.WaitForBotTextAsync("Hi, I am StatusBot.");
        await page.WaitForBotTextAsync("• checkin: be asked about it now");
        await page.Page.ReloadAsync();
        await page.SendAsync("help");
        await page.WaitForBotTextAsync("• tone <text>: check any text");

        await page.ScreenshotAsync(nameof(A_first_visit_is_greeted_once_with_three_things_to_try_and_help_is_a_list));
        Assert.Equal(1, await page.CountBotBubblesAsync("Hi, I am StatusBot."));
        Assert.Equal(1, await page.CountBotBubblesAsync("• slip [words]: warn a customer early"));
    }

    [Fact]
    public async Task A_card_action_reaches_the_bot_as_an_invoke_and_its_answer_replaces_the_card()
    {
        using var host = new PlaygroundBrowserHost(services: s => s.AddSingleton<IPlaygroundBot, CardPlaygroundBot>());
        var page = await PlaygroundPage.OpenAsync(Browser, host.BaseAddress);
        await page.SendAsync("I am slipping");
        await page.WaitForBotTextAsync("When will it be ready?");

        await page.FillInputAsync("New date", "2026-12-18");
        await page.ClickCardButtonAsync("Save date");

        await page.WaitForBotTextAsync("New date saved: 2026-12-18");
        await page.ScreenshotAsync(nameof(A_card_action_reaches_the_bot_as_an_invoke_and_its_answer_replaces_the_card));
        Assert.Equal(0, await page.Page.Locator("#webchat").GetByText("When will it be ready?").CountAsync());
    }
}
