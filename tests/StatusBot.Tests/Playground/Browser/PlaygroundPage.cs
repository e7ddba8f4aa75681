using Microsoft.Playwright;

namespace StatusBot.Tests.Playground.Browser;

/// <summary>
/// The playground page in a real browser, as a person uses it: send text to the bot, wait for its
/// answer, click a card's button, fill a card's input, read the customer inbox. Every wait has a
/// 30 s limit and waits for the page, never for a fixed time.
/// </summary>
internal sealed class PlaygroundPage
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string BotBubble = "#webchat .webchat__bubble:not(.webchat__bubble--from-user)";
    private const string SendBox = "#webchat [data-id=\"webchat-sendbox-input\"]";

    private PlaygroundPage(IPage page) => Page = page;

    public IPage Page { get; }

    private static float Ms => (float)Timeout.TotalMilliseconds;

    /// <summary>Opens <c>/</c> and waits until Web Chat is connected and ready for input.</summary>
    public static async Task<PlaygroundPage> OpenAsync(IBrowser browser, Uri baseAddress, string path = "/")
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseAddress.ToString() });
        page.SetDefaultTimeout(Ms);
        await page.GotoAsync(path);
        if (await page.Locator("#assets-missing").CountAsync() > 0)
        {
            Assert.Fail("The playground page has no Web Chat: the bundle was not fetched. Build again with Node.js and npm installed (./test.sh does).");
        }

        await page.Locator(SendBox).WaitForAsync();
        await page.Locator("#status").Filter(new LocatorFilterOptions { HasText = "Connected" }).WaitForAsync();
        return new PlaygroundPage(page);
    }

    /// <summary>Types <paramref name="text"/> into Web Chat's send box and sends it.</summary>
    public async Task SendAsync(string text)
    {
        var box = Page.Locator(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits for a bot message containing <paramref name="text"/>, and returns it.</summary>
    public async Task<ILocator> WaitForBotTextAsync(string text)
    {
        var bubble = Page.Locator(BotBubble).Filter(new LocatorFilterOptions { HasText = text }).Last;
        await bubble.WaitForAsync();
        return bubble;
    }

    /// <summary>How many of the bot's bubbles contain <paramref name="text"/>.</summary>
    public Task<int> CountBotBubblesAsync(string text) => Page.Locator(BotBubble).Filter(new LocatorFilterOptions { HasText = text }).CountAsync();

    /// <summary>Clicks the last button in the chat whose label contains <paramref name="part"/>.</summary>
    public Task ClickCardButtonContainingAsync(string part) =>
        Page.Locator("#webchat").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = part }).Last.ClickAsync();

    /// <summary>Clicks the last button in the chat labelled <paramref name="label"/> (a card's action).</summary>
    public Task ClickCardButtonAsync(string label) =>
        Page.Locator("#webchat").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label, Exact = true }).Last.ClickAsync();

    /// <summary>Fills the last input in the chat whose label starts with <paramref name="label"/> (a required one adds a marker).</summary>
    public Task FillInputAsync(string label, string value) =>
        Page.Locator("#webchat").GetByLabel(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(label) + @"\s*\*?$")).Last.FillAsync(value);

    /// <summary>The customer inbox's messages, oldest first.</summary>
    public Task<IReadOnlyList<string>> CustomerMessagesAsync() =>
        Page.Locator("#playground-customer .webchat__bubble__content").AllInnerTextsAsync();

    /// <summary>Waits for a customer inbox message containing <paramref name="text"/>.</summary>
    public Task WaitForCustomerMessageAsync(string text) => WaitForChannelMessageAsync("playground-customer", text);

    /// <summary>Waits for a message containing <paramref name="text"/> in the pane of channel <paramref name="channelId"/> (Web Chat, read-only).</summary>
    public Task WaitForChannelMessageAsync(string channelId, string text) =>
        Page.Locator($"#{channelId} .webchat__bubble__content").Filter(new LocatorFilterOptions { HasText = text }).First.WaitForAsync();

    /// <summary>Saves a full-page screenshot as an artifact and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Artifacts.PathFor(name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
