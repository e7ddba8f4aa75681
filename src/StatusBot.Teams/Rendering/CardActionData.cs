using System.Text.Json;
using System.Text.Json.Nodes;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// The one encoding of a Core action in a card action's <c>data</c>: <c>{"statusbot":{"actionId":..,"value":..}}</c>.
/// Teams merges the card's input values into the same object, keyed by input id, so the action sits under its
/// own key that no input may use. Action.Execute also carries the action id as its <c>verb</c>.
/// </summary>
public static class CardActionData
{
    /// <summary>The member of <c>data</c> that holds the action; reserved, never an input id.</summary>
    public const string Key = "statusbot";

    /// <summary>The <c>data</c> object for <paramref name="actionId"/> with <paramref name="value"/>.</summary>
    public static JsonObject Encode(string actionId, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionId);
        ArgumentNullException.ThrowIfNull(value);
        return new JsonObject { [Key] = new JsonObject { ["actionId"] = actionId, ["value"] = value } };
    }

    /// <summary>
    /// Reads the action and the input values from a submitted <c>data</c> object; <paramref name="verb"/> (from
    /// Action.Execute) names the action when the data does not. False when no action can be found.
    /// </summary>
    public static bool TryDecode(JsonElement data, string? verb, out string actionId, out string value, out IReadOnlyDictionary<string, string> inputs)
    {
        actionId = verb ?? "";
        value = "";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        inputs = values;
        if (data.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in data.EnumerateObject())
            {
                if (member.NameEquals(Key))
                {
                    (actionId, value) = Action(member.Value, actionId);
                }
                else if (member.Value.ValueKind == JsonValueKind.String)
                {
                    values[member.Name] = member.Value.GetString()!;
                }
            }
        }

        return !string.IsNullOrWhiteSpace(actionId);
    }

    private static (string ActionId, string Value) Action(JsonElement action, string verb)
    {
        if (action.ValueKind != JsonValueKind.Object)
        {
            return (verb, "");
        }

        var id = action.TryGetProperty("actionId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : verb;
        var value = action.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        return (id, value);
    }
}
