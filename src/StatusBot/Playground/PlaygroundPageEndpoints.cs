using System.Collections.Concurrent;
using System.Net;

namespace StatusBot.Playground;

/// <summary>
/// The page at <c>/</c> (served to this machine only, with a fresh page token in it and a read-only Direct Line token
/// for each channel pane, which shows the channel in Web Chat as its members see it), and its script, style and Web
/// Chat bundle under <c>/playground/</c>.
/// </summary>
internal static class PlaygroundPageEndpoints
{
    private const string PageTokenPlaceholder = "{{PAGE_TOKEN}}";
    private const string PaneTokenPlaceholder = "{{PANE_TOKEN:";
    private static readonly ConcurrentDictionary<string, string> Resources = new(StringComparer.Ordinal);

    public static void Map(RouteGroupBuilder playground)
    {
        playground.MapGet("/", Page);
        playground.MapGet("/playground/webchat.js", WebChat);
        playground.MapGet("/playground/playground.js", () => Resource("playground.js", "text/javascript"));
        playground.MapGet("/playground/playground.css", () => Resource("playground.css", "text/css"));
    }

    private static IResult Page(HttpContext context, string? @as, PlaygroundTokens tokens, PlaygroundAssets assets, ILogger<PlaygroundAssets> logger)
    {
        var userId = @as ?? PlaygroundWorkspace.UserId;
        if (!PlaygroundWorkspace.People.Any(p => p.Id == userId))
        {
            return PlaygroundProblems.NotFound($"The playground has no person '{userId}': chat as {string.Join(" or ", PlaygroundWorkspace.People.Select(p => p.Id))}.");
        }

        if (!PlaygroundRequest.IsFromLoopback(context))
        {
            return PlaygroundProblems.Forbidden("The playground page is served to this machine only: open it at http://localhost on the computer that runs StatusBot.");
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";
        if (!assets.HasWebChat)
        {
            PlaygroundLog.AssetsMissing(logger, assets.WebChatPath);
            return TypedResults.Content(Text("missing.html"), "text/html; charset=utf-8");
        }

        var (token, _) = tokens.MintPage(userId);
        var html = Text("index.html").Replace(PageTokenPlaceholder, WebUtility.HtmlEncode(token), StringComparison.Ordinal)
            .Replace("{{USER_ID}}", WebUtility.HtmlEncode(userId), StringComparison.Ordinal)
            .Replace("{{USER_NAME}}", WebUtility.HtmlEncode(PlaygroundWorkspace.NameOf(userId)), StringComparison.Ordinal)
            .Replace("{{SWITCH}}", Switch(userId), StringComparison.Ordinal);
        foreach (var (channelId, _) in PlaygroundWorkspace.Channels)
        {
            var (paneToken, _) = tokens.MintConversation(userId, channelId);
            html = html.Replace(PaneTokenPlaceholder + channelId + "}}", WebUtility.HtmlEncode(paneToken), StringComparison.Ordinal);
        }

        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Links to chat as each other person of the cast.</summary>
    private static string Switch(string userId) => string.Join(" ", PlaygroundWorkspace.People.Where(p => p.Id != userId)
        .Select(p => $"<a href=\"/?as={WebUtility.UrlEncode(p.Id)}\">Chat as {WebUtility.HtmlEncode(p.Name)}</a>"));

    private static IResult WebChat(PlaygroundAssets assets) =>
        assets.HasWebChat
            ? TypedResults.PhysicalFile(assets.WebChatPath, "text/javascript")
            : PlaygroundProblems.NotFound("Web Chat is not built: install Node.js with npm, then build StatusBot again.");

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Resource(string name, string contentType) => TypedResults.Content(Text(name), contentType);

    private static string Text(string name) => Resources.GetOrAdd(name, static n =>
    {
        using var stream = typeof(PlaygroundPageEndpoints).Assembly.GetManifestResourceStream("StatusBot.Playground.Page." + n)
            ?? throw new InvalidOperationException($"The playground's embedded resource {n} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
