namespace StatusBot.Tests.Playground.Browser;

/// <summary>
/// Debian's Chromium, which the browser tests drive (Playwright never downloads a browser here).
/// <c>STATUSBOT_CHROMIUM</c> names it (test.sh sets it); otherwise <c>/usr/bin/chromium</c>. A missing
/// browser fails the test with how to install it: a browser test is never skipped.
/// </summary>
internal static class Chromium
{
    public const string Variable = "STATUSBOT_CHROMIUM";

    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrEmpty(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(path))
        {
            Assert.Fail($"Chromium was not found at {path}. Install it (as root: apt-get install -y chromium) or set {Variable} to its path; ./test.sh installs it.");
        }

        return path;
    }
}
