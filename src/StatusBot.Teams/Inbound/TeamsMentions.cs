using System.Text.Json;

namespace StatusBot.Teams.Inbound;

/// <summary>The users mentioned in a message to the bot (its <c>mention</c> entities), the bot itself left out.</summary>
public static class TeamsMentions
{
    /// <summary>The mentioned users' ids, in the order of the entities.</summary>
    public static IReadOnlyList<string> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is not { ValueKind: JsonValueKind.Array } entities)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var entity in entities.EnumerateArray())
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 } user && user != activity.Recipient?.Id)
            {
                ids.Add(user);
            }
        }

        return ids;
    }
}
