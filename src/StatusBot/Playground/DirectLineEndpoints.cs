namespace StatusBot.Playground;

/// <summary>
/// The subset of Direct Line 3.0 that Microsoft's Web Chat uses when polling (no websocket), under
/// <c>/v3/directline</c>. Every request carries <c>Authorization: Bearer</c>: the page's token may start
/// (or rejoin) the demo user's conversation; the conversation token it gets back reads and posts there.
/// </summary>
internal static class DirectLineEndpoints
{
    public static void Map(RouteGroupBuilder playground)
    {
        var directLine = playground.MapGroup("/v3/directline");
        directLine.MapPost("/conversations", Start);
        directLine.MapPost("/tokens/generate", Start);
        directLine.MapPost("/tokens/refresh", Refresh);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", PostAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", Get);
    }

    private static IResult Start(HttpRequest request, PlaygroundTokens tokens, PlaygroundConnector connector)
    {
        if (tokens.Find(PlaygroundRequest.BearerToken(request)) is not { } grant)
        {
            return Unauthorized();
        }

        // The page's token opens the user's own conversation: one per user, so that a reload keeps the
        // history and the bot's proactive messages (check-ins) land where the user looks.
        var conversationId = grant.ConversationId ?? connector.OpenPersonal(grant.UserId);
        var (token, _) = tokens.MintConversation(grant.UserId, conversationId);
        return Conversation(conversationId, token, StatusCodes.Status201Created);
    }

    private static IResult Refresh(HttpRequest request, PlaygroundTokens tokens)
    {
        if (tokens.Find(PlaygroundRequest.BearerToken(request)) is not { ConversationId: { } conversationId } grant)
        {
            return Unauthorized();
        }

        var (token, _) = tokens.MintConversation(grant.UserId, conversationId);
        return Conversation(conversationId, token, StatusCodes.Status200OK);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, PlaygroundTokens tokens, PlaygroundConversationStore store)
    {
        if (Authorize(request, tokens, conversationId, store) is { } refused)
        {
            return refused;
        }

        return Conversation(conversationId, PlaygroundRequest.BearerToken(request)!, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, PlaygroundTokens tokens, PlaygroundConversationStore store,
        PlaygroundConnector connector, PlaygroundBotQueue queue, CancellationToken cancellationToken)
    {
        if (Authorize(request, tokens, conversationId, store) is { } refused)
        {
            return refused;
        }

        if (store.IsChannel(conversationId))
        {
            return PlaygroundProblems.Forbidden("The channel panes are read-only: they show what the channel receives. Chat with StatusBot in your own conversation.");
        }

        var (activity, problem) = await PlaygroundRequest.ReadObjectAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (type, invalid) = PlaygroundRequest.ActivityType(activity!);
        if (invalid is not null)
        {
            return invalid;
        }

        if (type is not ("message" or "event" or "invoke" or "typing"))
        {
            return PlaygroundProblems.BadRequest($"The playground takes activities of type message, event, invoke or typing, not \"{type}\".");
        }

        if (!queue.HasRoom)
        {
            return PlaygroundProblems.Busy();
        }

        var grant = tokens.Find(PlaygroundRequest.BearerToken(request))!;
        var stored = connector.Receive(conversationId, grant.UserId, activity!, PlaygroundRequest.ServiceUrl(request));
        if (stored is null)
        {
            return UnknownConversation(conversationId);
        }

        if (type != "typing")
        {
            queue.TryEnqueue(stored);
        }

        return TypedResults.Json(new ResourceResponse(stored["id"]!.GetValue<string>()), PlaygroundJsonContext.Default.ResourceResponse);
    }

    private static IResult Get(string conversationId, string? watermark, HttpRequest request, PlaygroundTokens tokens, PlaygroundConversationStore store)
    {
        if (Authorize(request, tokens, conversationId, store) is { } refused)
        {
            return refused;
        }

        return Read(store, conversationId, watermark);
    }

    /// <summary>The activities after <paramref name="watermark"/>, as Direct Line answers them.</summary>
    internal static IResult Read(PlaygroundConversationStore store, string conversationId, string? watermark)
    {
        if (!PlaygroundRequest.TryReadWatermark(watermark, out var after))
        {
            return PlaygroundProblems.BadRequest($"The watermark \"{watermark}\" is not one this server gave; omit it to read from the start.");
        }

        return store.Read(conversationId, after) is { } page
            ? TypedResults.Json(new DirectLineActivitySet(page.Activities, page.Watermark), PlaygroundJsonContext.Default.DirectLineActivitySet)
            : UnknownConversation(conversationId);
    }

    /// <summary>Null when the request's token is a conversation token for <paramref name="conversationId"/>; otherwise the problem.</summary>
    private static IResult? Authorize(HttpRequest request, PlaygroundTokens tokens, string conversationId, PlaygroundConversationStore store)
    {
        if (tokens.Find(PlaygroundRequest.BearerToken(request)) is not { ConversationId: { } granted })
        {
            return Unauthorized();
        }

        if (!string.Equals(granted, conversationId, StringComparison.Ordinal))
        {
            return PlaygroundProblems.Forbidden("This token is for another conversation.");
        }

        return store.Exists(conversationId) ? null : UnknownConversation(conversationId);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<DirectLineConversation> Conversation(string conversationId, string token, int status) =>
        TypedResults.Json(
            new DirectLineConversation(conversationId, token, (int)PlaygroundTokens.ConversationLifetime.TotalSeconds),
            PlaygroundJsonContext.Default.DirectLineConversation,
            statusCode: status);

    private static IResult Unauthorized() =>
        PlaygroundProblems.Unauthorized("Send Authorization: Bearer <token>: reload the playground page at / for a fresh one.");

    private static IResult UnknownConversation(string conversationId) =>
        PlaygroundProblems.NotFound($"There is no playground conversation '{conversationId}' (the host may have restarted): reload the page.");
}
