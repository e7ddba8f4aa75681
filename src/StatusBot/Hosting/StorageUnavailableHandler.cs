using Microsoft.AspNetCore.Diagnostics;
using StatusBot.Storage.Tables;

namespace StatusBot.Hosting;

/// <summary>
/// Answers a request whose store did not answer (<see cref="StorageUnavailableException"/>) with 503, <c>Retry-After</c> and a
/// problem that says to try again, instead of a 500: nothing about the request was wrong.
/// </summary>
internal sealed partial class StorageUnavailableHandler(IProblemDetailsService problems, ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>The seconds a client is asked to wait.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not StorageUnavailableException)
        {
            return false;
        }

        LogUnavailable(httpContext.Request.Method, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage is not answering",
                Detail = $"StatusBot's storage did not answer in time. Try again in {RetryAfterSeconds} seconds; if it lasts, check /readyz and the storage account.",
            },
        });
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "A {Method} request was answered 503: {Reason}")]
    private partial void LogUnavailable(string method, string reason);
}
