using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StatusBot.Http.Inbound;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Reads a Bot Connector request body, up to a limit, into an <see cref="Activity"/>, or says clearly why it
/// cannot (for a 400 or 413). Only the fields that authentication and routing need are required.
/// </summary>
public static class ActivityReader
{
    /// <summary>The largest body accepted: 256 KiB (Teams messages are at most about 100 KB).</summary>
    public const int DefaultMaxBytes = 256 * 1024;

    /// <summary>Reads and parses the request body.</summary>
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        var body = await RequestBodyReader.ReadAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return body.IsTooLarge ? ActivityReadResult.TooLarge(maxBytes) : Parse(body.Bytes);
    }

    /// <summary>Parses an activity from JSON bytes and checks the fields every activity must carry.</summary>
    public static ActivityReadResult Parse(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return ActivityReadResult.Invalid("The request has no body; an activity (JSON) was expected.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(json, TeamsInboundJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.Invalid($"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null)
        {
            return ActivityReadResult.Invalid("The body is JSON null; an activity object was expected.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Invalid("The activity has no type.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
        {
            return ActivityReadResult.Invalid("The activity's serviceUrl is missing or not an absolute http(s) address.");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return ActivityReadResult.Invalid("The activity has no channelId.");
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            ? ActivityReadResult.Invalid("The activity has no conversation.id.")
            : ActivityReadResult.Read(activity);
    }
}
