using System.Collections.Concurrent;
using System.Net;

namespace StatusBot.Playground;

/// <summary>
/// The page at <c>/</c> (served to this machine only, with a fresh page token in it), its script, style
/// and Web Chat bundle under <c>/playground/</c>, and the channel panes' feed
/// <c>GET /playground/channels/{id}/activities</c> (authorized by a conversation token).
/// </summary>
internal static class PlaygroundPageEndpoints
{
    private const string PageTokenPlaceholder = "{{PAGE_TOKEN}}";
    private static readonly ConcurrentDictionary<string, string> Resources = new(StringComparer.Ordinal);

    public static void Map(RouteGroupBuilder playground)
    {
        playground.MapGet("/", Page);
        playground.MapGet("/playground/webchat.js", WebChat);
        playground.MapGet("/playground/playground.js", () => Resource("playground.js", "text/javascript"));
        playground.MapGet("/playground/playground.css", () => Resource("playground.css", "text/css"));
        playground.MapGet("/playground/channels/{channelId}/activities", Channel);
    }

    private static IResult Page(HttpContext context, PlaygroundTokens tokens, PlaygroundAssets assets, ILogger<PlaygroundAssets> logger)
    {
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

        var (token, _) = tokens.MintPage(PlaygroundWorkspace.UserId);
        return TypedResults.Content(Text("index.html").Replace(PageTokenPlaceholder, WebUtility.HtmlEncode(token), StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    private static IResult WebChat(PlaygroundAssets assets) =>
        assets.HasWebChat
            ? TypedResults.PhysicalFile(assets.WebChatPath, "text/javascript")
            : PlaygroundProblems.NotFound("Web Chat is not built: install Node.js with npm, then build StatusBot again.");

    private static IResult Channel(string channelId, string? watermark, HttpRequest request, PlaygroundTokens tokens, PlaygroundConversationStore store)
    {
        if (tokens.Find(PlaygroundRequest.BearerToken(request)) is not { Kind: PlaygroundTokenKind.Conversation })
        {
            return PlaygroundProblems.Unauthorized("Send Authorization: Bearer <your conversation token>: reload the playground page.");
        }

        return store.IsChannel(channelId)
            ? DirectLineEndpoints.Read(store, channelId, watermark)
            : PlaygroundProblems.NotFound($"There is no playground channel '{channelId}'.");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Resource(string name, string contentType) => TypedResults.Content(Text(name), contentType);

    private static string Text(string name) => Resources.GetOrAdd(name, static n =>
    {
        using var stream = typeof(PlaygroundPageEndpoints).Assembly.GetManifestResourceStream("StatusBot.Playground.Page." + n)
            ?? throw new InvalidOperationException($"The playground's embedded resource {n} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
