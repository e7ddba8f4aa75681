using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using StatusBot.Core.Chat;

namespace StatusBot.Admin;

/// <summary>
/// Guards every admin route before its body is read: 404 while the API is off, 401 without the right
/// key, 404 for a workspace id that cannot exist, 400 for another id in the address that no platform gives
/// (blank, over 256 characters, or with control characters).
/// </summary>
internal static class AdminKeyFilter
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return AdminProblems.Off();
        }

        if (!Matches(http.Request.Headers[Header], key))
        {
            return AdminProblems.Unauthorized();
        }

        // There is no workspace registry yet: any id of a valid shape is a workspace (with no
        // commitments until some are added); one of another shape cannot exist. The routes take the
        // id as text, so that this answer (not a binding failure) is what a bad one gets; past this
        // point WorkspaceId.Parse cannot fail.
        var workspace = http.GetRouteValue("workspace") as string;
        if (!WorkspaceId.TryParse(workspace, out _))
        {
            return AdminProblems.UnknownWorkspace(workspace);
        }

        foreach (var name in IdSegments)
        {
            if (http.GetRouteValue(name) is string id && !IsPlausibleId(id))
            {
                return AdminProblems.BadRequest($"The {name} in the address is not a valid id: an id has 1 to {MaxIdLength} characters, none of them control characters.");
            }
        }

        return await next(context);
    }

    /// <summary>The longest id a route segment may hold (Slack and Teams ids are far shorter).</summary>
    public const int MaxIdLength = 256;

    private static readonly string[] IdSegments = ["id", "user", "channel", "name"];

    private static bool IsPlausibleId(string id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxIdLength && !id.Any(char.IsControl);

    /// <summary>True when exactly one key was sent and it is the configured one, compared in constant time.</summary>
    internal static bool Matches(StringValues sent, string key) =>
        sent.Count == 1 && sent[0] is { } value
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(key));
}
