using Microsoft.AspNetCore.Diagnostics;
using StatusBot.Storage.Tables;

namespace StatusBot.Hosting;

/// <summary>
/// Answers the exceptions that say what was wrong with a problem of the right status instead of a 500: a store that did
/// not answer (<see cref="StorageUnavailableException"/>) with 503 and <c>Retry-After</c>, since nothing about the request
/// was wrong; a value the endpoint could not bind (<see cref="BadHttpRequestException"/>) with its 4xx; and a value the
/// store cannot keep (<see cref="EntityTooLargeException"/>: too long, or characters a key may not hold) with 400.
/// Anything else stays a 500, logged with its cause.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The seconds a client is asked to wait.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var (status, title, detail) = exception switch
        {
            StorageUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Storage is not answering",
                $"StatusBot's storage did not answer in time. Try again in {RetryAfterSeconds} seconds; if it lasts, check /readyz and the storage account."),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            EntityTooLargeException => (StatusCodes.Status400BadRequest, "A value is too long",
                "A value in the request is too long, or holds characters StatusBot cannot store; ids have at most a few hundred characters."),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        if (status >= 500)
        {
            LogUnavailable(httpContext.Request.Method, exception.Message);
        }
        else
        {
            LogRefused(httpContext.Request.Method, status, title);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "A {Method} request was answered 503: {Reason}")]
    private partial void LogUnavailable(string method, string reason);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Debug, Message = "A {Method} request was refused with {Status}: {Title}")]
    private partial void LogRefused(string method, int status, string title);
}
