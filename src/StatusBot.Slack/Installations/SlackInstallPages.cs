using System.Net;
using Microsoft.AspNetCore.Http;

namespace StatusBot.Slack.Installations;

/// <summary>The small HTML pages a person sees around an install, every piece of text HTML-encoded.</summary>
internal static class SlackInstallPages
{
    public static IResult Installed(SlackInstallation installation) => Page(StatusCodes.Status200OK, "StatusBot is installed",
        $"StatusBot is now in the Slack workspace {installation.TeamName ?? installation.TeamId}. In Slack, type /commit to add a "
        + "commitment, /slip to warn a customer early, or /digest in a project channel.",
        ("Open Slack", $"https://slack.com/app_redirect?app={Uri.EscapeDataString(installation.AppId)}&team={Uri.EscapeDataString(installation.TeamId)}"));

    public static IResult Refused(int status, string why) =>
        Page(status, "StatusBot was not installed", why, ("Start the install again", "/slack/install"));

    public static IResult Off() => Page(StatusCodes.Status404NotFound, "Installs are off",
        "Installs into Slack workspaces are off on this StatusBot: they need Slack:ClientId and Slack:ClientSecret.", null);

    private const string Style = "body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}";

    private static IResult Page(int status, string title, string text, (string Label, string Href)? link)
    {
        var anchor = link is { } l ? $"<p><a href=\"{WebUtility.HtmlEncode(l.Href)}\">{WebUtility.HtmlEncode(l.Label)}</a></p>" : "";
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>{Style}</style></head>
            <body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p>{anchor}</body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
