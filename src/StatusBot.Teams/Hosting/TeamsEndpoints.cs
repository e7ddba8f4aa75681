using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatusBot.Teams.Inbound;

using StatusBot.Teams;

namespace StatusBot.Teams.Hosting;

/// <summary>Maps the Bot Connector's messaging endpoint.</summary>
public static class TeamsEndpoints
{
    /// <summary>The paths the Bot Connector posts to; each request proves itself by its token, not by a cookie.</summary>
    public static readonly IReadOnlyList<string> WebhookPaths = [MessagesPath];

    private const string MessagesPath = "/api/messages";

    /// <summary>
    /// <c>POST /api/messages</c>: reads the activity (413 over the limit, 400 when malformed), authenticates its
    /// Bot Framework token (401, nothing processed), and hands it to <see cref="TeamsActivityHandler"/>. With
    /// <c>Teams:AppId</c> empty there is no token to check, so only loopback callers are let in.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsEndpoints));
        // Read once the host has started, when the options have been validated (a bad one stops the host first).
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
        {
            if (string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<TeamsOptions>>().Value.AppId))
            {
                Log.AuthenticationOff(logger);
            }
        });

        app.MapPost(MessagesPath, (HttpContext context, BotFrameworkAuthenticator authenticator, TeamsActivityHandler handler) =>
            HandleAsync(context, authenticator, handler, logger)).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, BotFrameworkAuthenticator authenticator, TeamsActivityHandler handler, ILogger logger)
    {
        var read = await ActivityReader.ReadAsync(context.Request, cancellationToken: context.RequestAborted);
        if (!read.IsRead)
        {
            var status = read.IsTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            Log.ActivityRefused(logger, status, read.Error ?? "too large");
            return TypedResults.Problem(read.Error ?? "The activity is larger than the bot accepts.", statusCode: status);
        }

        var authenticated = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, read.Activity!, context.RequestAborted);
        var unauthenticatedButLocal = authenticated.Failure == BotAuthenticationFailure.AppIdNotConfigured && IsLoopback(context.Connection.RemoteIpAddress);
        if (!authenticated.IsAuthenticated && !unauthenticatedButLocal)
        {
            Log.ActivityRefused(logger, StatusCodes.Status401Unauthorized, authenticated.Reason);
            return TypedResults.Problem("The request does not carry a valid Bot Framework token.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        var answer = await handler.HandleAsync(read.Activity!, context.RequestAborted);
        return answer is null ? TypedResults.Ok() : TypedResults.Json(answer);
    }

    /// <summary>In-process test servers have no remote address; anything else must come from this machine.</summary>
    private static bool IsLoopback(IPAddress? remote) => remote is null || IPAddress.IsLoopback(remote);
}
