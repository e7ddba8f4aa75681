namespace StatusBot.Playground;

/// <summary>The playground's errors, each an RFC 7807 problem with an actionable detail.</summary>
internal static class PlaygroundProblems
{
    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult TooLarge(int limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"An activity may be at most {limit / 1024} KB; send less.");

    public static IResult UnsupportedMediaType() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the activity as JSON (Content-Type: application/json).");

    public static IResult Busy() =>
        Problem(StatusCodes.Status429TooManyRequests, "Too many requests", "The bot has too many messages waiting; wait a moment and send again.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
