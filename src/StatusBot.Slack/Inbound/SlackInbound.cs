using StatusBot.Core.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatusBot.Http.Inbound;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Inbound;

/// <summary>The first step of every Slack endpoint: read the raw body within the limit and verify its signature.</summary>
internal static class SlackInbound
{
    /// <summary>A limit that fits slash commands, interactions and Events API callbacks: 64 KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The verified body, or the 413 or 401 to answer with (having read and changed nothing more).</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context, SlackRequestVerifier verifier, ILogger logger)
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (read.IsTooLarge)
        {
            Outbound.Log.RequestRefused(logger, context.Request.Path, StatusCodes.Status413PayloadTooLarge, "body over the limit");
            return (null, TypedResults.Problem($"The request body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        var headers = context.Request.Headers;
        var verified = verifier.Verify(read.Bytes, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]);
        if (!verified.IsVerified)
        {
            Outbound.Log.RequestRefused(logger, context.Request.Path, StatusCodes.Status401Unauthorized, verified.Reason);
            return (null, TypedResults.Problem("The request is not signed by Slack, or is too old.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"));
        }

        return (read.Bytes, null);
    }

    /// <summary>A 400 for a verified request whose payload cannot be read.</summary>
    /// <summary>
    /// False when <paramref name="repeats"/> knows <paramref name="key"/> as a repeat. A log that fails lets the request
    /// through: its own work then meets the same store and tells the user to try again.
    /// </summary>
    public static async Task<bool> IsFirstAsync(IRepeatLog repeats, string key, TimeSpan window, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await repeats.TryFirstAsync(key, window, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RepeatLogFailed(logger, ex);
            return true;
        }
    }

    public static IResult Malformed(string error) => TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Slack payload");
}
