using System.Text.Json;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Inbound;

/// <summary>Who acted in an activity, for Core: the sender in the reference's workspace, with the time zone Teams reports.</summary>
public static class TeamsActors
{
    /// <summary>The actor of <paramref name="activity"/>; its time zone from <c>localTimezone</c>, else the clientInfo entity.</summary>
    public static ChatActor Of(Activity activity, TeamsConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        var user = activity.From?.Id ?? throw new ArgumentException("The activity names no sender.", nameof(activity));
        return new ChatActor(reference.Address.Workspace, user) { TimeZone = activity.LocalTimezone ?? ClientInfoZone(activity.Entities) };
    }

    private static string? ClientInfoZone(JsonElement? entities)
    {
        if (entities is not { ValueKind: JsonValueKind.Array } list)
        {
            return null;
        }

        foreach (var entity in list.EnumerateArray())
        {
            if (entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() == "clientInfo" && entity.TryGetProperty("timezone", out var zone) && zone.ValueKind == JsonValueKind.String)
            {
                return zone.GetString();
            }
        }

        return null;
    }
}
