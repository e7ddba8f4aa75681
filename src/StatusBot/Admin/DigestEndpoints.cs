using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Digests;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET /api/workspaces/{workspace}/channels/{channel}/digest?days=7</c>: the channel's digest as JSON
/// (sections, warnings with lead times, numbers); <c>POST</c> on the same route posts it to the channel now.
/// </summary>
internal static class DigestEndpoints
{
    private const string Route = "/api/workspaces/{workspace}/channels/{channel}/digest";

    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        var digest = app.MapGroup(Route).AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        digest.MapGet("/", GetAsync);
        digest.MapPost("/", PostAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string workspace, string channel, int? days, DigestService digests, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 366)
        {
            return AdminProblems.BadRequest("days must be a whole number from 1 to 366.");
        }

        var digest = await digests.BuildAsync(WorkspaceId.Parse(workspace), channel, days ?? 7, cancellationToken);
        return TypedResults.Json(digest, AdminJsonContext.Default.Digest);
    }

    private static async Task<IResult> PostAsync(
        string workspace, string channel, HttpRequest request, DigestService digests, IChatPort chat, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var occasion = "now-" + time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
            var fullList = $"{request.Scheme}://{request.Host}/api/workspaces/{workspace}/channels/{channel}/digest";
            var sent = await digests.PostAsync(WorkspaceId.Parse(workspace), channel, chat, occasion, fullList, cancellationToken: cancellationToken);
            return TypedResults.Ok(new PostedView(sent.MessageId, sent.ConversationId));
        }
        catch (ChatDeliveryException undelivered)
        {
            return AdminProblems.Undelivered(undelivered, "The digest could not be posted", "Try again once the chat platform answers.");
        }
    }
}

/// <summary>Where a posted message went.</summary>
internal sealed record PostedView(string MessageId, string ConversationId);
