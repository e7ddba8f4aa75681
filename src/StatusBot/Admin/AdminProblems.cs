using Microsoft.AspNetCore.Http.HttpResults;
using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Admin;

/// <summary>The admin API's errors, each an RFC 7807 problem (<c>application/problem+json</c>).</summary>
internal static class AdminProblems
{
    public static IResult Off() =>
        Problem(StatusCodes.Status404NotFound, "Not found", "The admin API is off: set Admin:ApiKey.");

    public static IResult Unauthorized() =>
        Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"Send the admin API key in the {AdminKeyFilter.Header} header.");

    public static IResult UnknownWorkspace(string? workspace) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"There is no workspace '{workspace}'.");

    public static IResult UnknownCommitment(string id) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"There is no commitment '{id}' in this workspace.");

    public static IResult UnknownPerson(string user) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"The directory knows no one '{user}' in this workspace.");

    public static IResult BadRequest(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult Conflict(string detail) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail);

    public static IResult TooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", detail);

    public static IResult UnsupportedMediaType(string detail) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    /// <summary>
    /// A message the chat platform did not take: 409 when it will not until someone acts (the bot is not in the channel,
    /// the user is gone; the detail says what to do), 503 with Retry-After when it may pass by itself.
    /// </summary>
    public static IResult Undelivered(ChatDeliveryException undelivered, string title, string transientAdvice)
    {
        if (undelivered.IsPermanent)
        {
            return Problem(StatusCodes.Status409Conflict, title, undelivered.Message);
        }

        var seconds = (int)Math.Ceiling((undelivered.RetryAfter ?? TimeSpan.FromSeconds(30)).TotalSeconds);
        return new RetryLater(Problem(StatusCodes.Status503ServiceUnavailable, title, $"{undelivered.Message} {transientAdvice}"), seconds);
    }

    /// <summary>A 400 whose <c>errors</c> are keyed by the camelCase field names; <paramref name="title"/> names what was refused.</summary>
    public static IResult Invalid(IEnumerable<FieldError> errors, string title = "The commitment is not valid.") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: "Fix the fields named in errors and send it again.",
            title: title);

    /// <summary>A result with a <c>Retry-After</c> header.</summary>
    private sealed class RetryLater(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
