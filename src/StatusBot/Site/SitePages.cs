using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace StatusBot.Site;

/// <summary>
/// <c>/privacy</c>, <c>/terms</c> and <c>/support</c>: public pages the Slack and Teams app listings link to, in the
/// operator's words when <see cref="SiteOptions"/> names files, else in StatusBot's defaults.
/// </summary>
internal static class SitePages
{
    /// <summary>Maps the three pages; they need no sign-in, and show no data.</summary>
    public static WebApplication MapSitePages(this WebApplication app)
    {
        app.MapGet("/privacy", (IOptions<SiteOptions> options, IHostEnvironment environment) =>
            Page("Privacy", options.Value.PrivacyFile is { } file ? Read(file, environment) : Fill(SiteTexts.Privacy, options.Value)));
        app.MapGet("/terms", (IOptions<SiteOptions> options, IHostEnvironment environment) =>
            Page("Terms of use", options.Value.TermsFile is { } file ? Read(file, environment) : Fill(SiteTexts.Terms, options.Value)));
        app.MapGet("/support", (IOptions<SiteOptions> options) => Page("Support", Fill(SiteTexts.Support, options.Value)));
        return app;
    }

    private static string Fill(string text, SiteOptions options)
    {
        var contact = options.ContactEmail is { } email
            ? $"<a href=\"mailto:{WebUtility.HtmlEncode(email)}\">{WebUtility.HtmlEncode(email)}</a>"
            : "your workspace's admin, who can reach " + WebUtility.HtmlEncode(options.Operator);
        var support = options.SupportUrl is { } url
            ? $" Or see <a href=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\">{WebUtility.HtmlEncode(url.AbsoluteUri)}</a>."
            : string.Empty;
        return text.Replace("{operator}", WebUtility.HtmlEncode(options.Operator), StringComparison.Ordinal)
            .Replace("{contact}", contact, StringComparison.Ordinal)
            .Replace("{support}", support, StringComparison.Ordinal);
    }

    // The operator's own file is trusted HTML: it comes from the host's configuration, never from a request.
    private static string Read(string file, IHostEnvironment environment) => File.ReadAllText(Path.GetFullPath(file, environment.ContentRootPath));

    private static ContentHttpResult Page(string title, string body) => TypedResults.Content($$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>StatusBot: {{title}}</title>
          <style>
            body { font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 42rem; margin: 0 auto; padding: 1rem; }
            a { color: #0b4f9c; } nav a { margin-right: 1rem; } footer { margin-top: 2rem; font-size: .9rem; color: #444; }
          </style>
        </head>
        <body>
          <header><nav aria-label="StatusBot pages"><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/support">Support</a></nav></header>
          <main>
            <h1>{{title}}</h1>
        {{body}}
          </main>
          <footer><p>StatusBot keeps promises to customers on track.</p></footer>
        </body>
        </html>
        """, "text/html; charset=utf-8");
}
