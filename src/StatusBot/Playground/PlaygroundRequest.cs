using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatusBot.Admin;

namespace StatusBot.Playground;

/// <summary>What the playground's endpoints read from a request: the bearer token, where it came from, and a JSON body.</summary>
internal static class PlaygroundRequest
{
    /// <summary>The largest activity accepted.</summary>
    public const int BodyLimit = 256 * 1024;

    /// <summary>The token of a single <c>Authorization: Bearer</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        if (values.Count != 1 || values[0] is not { } header || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header["Bearer ".Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>True when the request names the host as localhost or a loopback address (so a page on another site cannot reach it by rebinding its DNS name).</summary>
    public static bool IsForLoopbackHost(HttpRequest request) => IsLoopbackHost(request.Host.Host);

    /// <summary>True when the request comes from this machine.</summary>
    public static bool IsFromLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    /// <summary>True for <c>localhost</c> and loopback addresses.</summary>
    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>The connector base of this host as the caller reached it: the <c>serviceUrl</c> of the playground's activities.</summary>
    public static string ServiceUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{PlaygroundWorkspace.ConnectorBasePath}";

    /// <summary>Reads the body as one JSON object, or a problem to answer with.</summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } contentType || !IsJson(contentType))
        {
            return (null, PlaygroundProblems.UnsupportedMediaType());
        }

        var bytes = await RequestBody.ReadAsync(request, BodyLimit, cancellationToken);
        if (bytes is null)
        {
            return (null, PlaygroundProblems.TooLarge(BodyLimit));
        }

        try
        {
            return JsonNode.Parse(bytes) is JsonObject body
                ? (body, null)
                : (null, PlaygroundProblems.BadRequest("The body must be a JSON object: an activity such as {\"type\":\"message\",\"text\":\"hello\"}."));
        }
        catch (JsonException ex)
        {
            return (null, PlaygroundProblems.BadRequest($"The body is not valid JSON ({ex.Message}); send an activity such as {{\"type\":\"message\",\"text\":\"hello\"}}."));
        }
    }

    /// <summary>The activity's <c>type</c>, or a problem when it is missing or not a string.</summary>
    public static (string? Type, IResult? Problem) ActivityType(JsonObject activity) =>
        activity["type"] is JsonValue value && value.TryGetValue<string>(out var type) && type.Length > 0
            ? (type, null)
            : (null, PlaygroundProblems.BadRequest("The activity needs a \"type\", a string such as \"message\"."));

    /// <summary>A Direct Line watermark (empty or absent: from the start), or false when it is not one.</summary>
    public static bool TryReadWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }

    private static bool IsJson(string contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
