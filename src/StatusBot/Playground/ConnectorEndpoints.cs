using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StatusBot.Playground;

/// <summary>
/// The host as the Bot Connector service of the playground channel: the Teams REST paths, relative to
/// the serviceUrl <c>http://localhost:PORT/playground/</c>, authorized with
/// <c>Authorization: Bearer</c> <see cref="PlaygroundConnectorSecret"/>. What the bot posts here appears
/// in Web Chat (personal conversations) or in the page's channel panes.
/// </summary>
internal static partial class ConnectorEndpoints
{
    public static void Map(RouteGroupBuilder playground)
    {
        var conversations = playground.MapGroup(PlaygroundWorkspace.ConnectorBasePath + "v3/conversations").AddEndpointFilter(RequireSecretAsync);
        conversations.MapPost("/", CreateAsync);
        conversations.MapPost("/{conversationId}/activities", SendAsync);
        conversations.MapPost("/{conversationId}/activities/{activityId}", ReplyAsync);
        conversations.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        conversations.MapDelete("/{conversationId}/activities/{activityId}", Delete);
    }

    private static async ValueTask<object?> RequireSecretAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var secret = http.RequestServices.GetRequiredService<PlaygroundConnectorSecret>();
        return secret.Matches(PlaygroundRequest.BearerToken(http.Request))
            ? await next(context)
            : PlaygroundProblems.Unauthorized("Send Authorization: Bearer <the playground connector secret> (PlaygroundConnectorSecret in the host's services).");
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, PlaygroundConnector connector, CancellationToken cancellationToken)
    {
        var (body, problem) = await PlaygroundRequest.ReadObjectAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!["members"] is not JsonArray { Count: 1 } members
            || members[0]?["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var userId) || !UserIdPattern().IsMatch(userId))
        {
            return PlaygroundProblems.BadRequest(
                "The playground creates 1:1 conversations only: send {\"members\":[{\"id\":\"<user id>\"}]} with one member whose id is 1-64 letters, digits, '.', '_', ':' or '-'.");
        }

        var id = connector.OpenPersonal(userId);
        return TypedResults.Json(new ResourceResponse(id), PlaygroundJsonContext.Default.ResourceResponse, statusCode: StatusCodes.Status201Created);
    }

    private static Task<IResult> SendAsync(string conversationId, HttpRequest request, PlaygroundConnector connector, CancellationToken cancellationToken) =>
        PostAsync(conversationId, replyToId: null, request, connector, cancellationToken);

    private static Task<IResult> ReplyAsync(string conversationId, string activityId, HttpRequest request, PlaygroundConnector connector, CancellationToken cancellationToken) =>
        PostAsync(conversationId, activityId, request, connector, cancellationToken);

    private static async Task<IResult> PostAsync(string conversationId, string? replyToId, HttpRequest request, PlaygroundConnector connector, CancellationToken cancellationToken)
    {
        var (activity, problem) = await ReadActivityAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var id = connector.Send(conversationId, activity!, replyToId, PlaygroundRequest.ServiceUrl(request));
        return id is null ? UnknownConversation(conversationId) : Created(id);
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request, PlaygroundConnector connector, CancellationToken cancellationToken)
    {
        var (activity, problem) = await ReadActivityAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return connector.Update(conversationId, activityId, activity!, PlaygroundRequest.ServiceUrl(request))
            ? TypedResults.Json(new ResourceResponse(activityId), PlaygroundJsonContext.Default.ResourceResponse)
            : UnknownActivity(conversationId, activityId);
    }

    private static IResult Delete(string conversationId, string activityId, HttpRequest request, PlaygroundConnector connector)
    {
        // Direct Line polling cannot take an activity back, so a deleted one is replaced by a notice.
        var notice = new JsonObject { ["type"] = "message", ["text"] = "This message was deleted." };
        return connector.Update(conversationId, activityId, notice, PlaygroundRequest.ServiceUrl(request))
            ? TypedResults.Ok()
            : UnknownActivity(conversationId, activityId);
    }

    private static async Task<(JsonObject? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (activity, problem) = await PlaygroundRequest.ReadObjectAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var (_, invalid) = PlaygroundRequest.ActivityType(activity!);
        return invalid is null ? (activity, null) : (null, invalid);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ResourceResponse> Created(string id) =>
        TypedResults.Json(new ResourceResponse(id), PlaygroundJsonContext.Default.ResourceResponse, statusCode: StatusCodes.Status201Created);

    private static IResult UnknownConversation(string conversationId) =>
        PlaygroundProblems.NotFound(
            $"There is no playground conversation '{conversationId}'. Post to a conversation from POST v3/conversations, or to the channels " +
            string.Join(", ", PlaygroundWorkspace.Channels.Select(c => $"'{c.Id}'")) + ".");

    private static IResult UnknownActivity(string conversationId, string activityId) =>
        PlaygroundProblems.NotFound($"There is no activity '{activityId}' in the playground conversation '{conversationId}'.");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
