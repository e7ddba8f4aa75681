using System.Text.Json;

namespace StatusBot.Teams.Inbound;

/// <summary>The parts of an activity's <c>channelData</c> that StatusBot uses.</summary>
/// <param name="TenantId">From <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</param>
/// <param name="TeamId">From <c>channelData.team.id</c>, for activities in a team.</param>
/// <param name="ChannelId">From <c>channelData.channel.id</c>, for activities in a team channel.</param>
public sealed record TeamsChannelData(string? TenantId, string? TeamId, string? ChannelId)
{
    /// <summary>Reads the channel data of <paramref name="activity"/>; missing parts are null.</summary>
    public static TeamsChannelData Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = activity.ChannelData;
        return new TeamsChannelData(
            IdAt(data, "tenant") ?? activity.Conversation?.TenantId,
            IdAt(data, "team"),
            IdAt(data, "channel"));
    }

    private static string? IdAt(JsonElement? data, string member) =>
        data is { ValueKind: JsonValueKind.Object } d
        && d.TryGetProperty(member, out var part) && part.ValueKind == JsonValueKind.Object
        && part.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
