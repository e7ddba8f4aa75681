using Microsoft.Playwright;

namespace StatusBot.Tests.Playground.Browser;

/// <summary>Playwright driving headless Debian Chromium, started and stopped around each browser test class.</summary>
public abstract class HeadlessChromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The browser, once started.</summary>
    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Chromium.Path();
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = (float)PlaygroundPage.Timeout.TotalMilliseconds,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
