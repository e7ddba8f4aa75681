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

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.Invalid("The activity has no conversation.id.");
        }

        if (activity.Type is "message" or "invoke" && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return ActivityReadResult.Invalid($"The {activity.Type} activity has no from.id.");
        }

        if ((activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []).Any(member => member is null))
        {
            return ActivityReadResult.Invalid("The activity's membersAdded or membersRemoved holds an empty entry.");
        }

        return Ids(activity).FirstOrDefault(id => !IsPlausibleId(id.Value)) is { Name: { } bad }
            ? ActivityReadResult.Invalid($"The activity's {bad} is not an id Teams gives: ids are not blank and have at most {MaxIdLength} characters, none of them control characters.")
            : ActivityReadResult.Read(activity);
    }

    /// <summary>The longest id an activity may carry (Teams' own are a few hundred characters at most).</summary>
    public const int MaxIdLength = 512;

    private static IEnumerable<(string Name, string? Value)> Ids(Activity activity)
    {
        yield return ("id", activity.Id);
        yield return ("type", activity.Type);
        yield return ("channelId", activity.ChannelId);
        yield return ("conversation.id", activity.Conversation?.Id);
        yield return ("conversation.tenantId", activity.Conversation?.TenantId);
        yield return ("from.id", activity.From?.Id);
        yield return ("from.aadObjectId", activity.From?.AadObjectId);
        yield return ("recipient.id", activity.Recipient?.Id);
        yield return ("replyToId", activity.ReplyToId);
        yield return ("name", activity.Name);
        foreach (var member in (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []))
        {
            yield return ("members.id", member.Id);
        }
    }

    private static bool IsPlausibleId(string? id) => id is null || (id.Length <= MaxIdLength && !string.IsNullOrWhiteSpace(id) && !id.Any(char.IsControl));
}
