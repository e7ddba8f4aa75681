using System.Text.Json;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Inbound;

/// <summary>A click or submission on one of StatusBot's cards, platform-neutral: what Core's action handlers take.</summary>
/// <param name="ActionId">The Core action id (for example <c>checkin.answer</c>).</param>
/// <param name="Value">The data the button or form action carried.</param>
/// <param name="Inputs">The form's input values by input id; empty for a button.</param>
/// <param name="IsInvoke">True for an Action.Execute invoke, which is answered in the HTTP response (with a card).</param>
public sealed record CardAction(string ActionId, string Value, IReadOnlyDictionary<string, string> Inputs, bool IsInvoke)
{
    /// <summary>The invoke name of an Action.Execute.</summary>
    public const string ExecuteInvokeName = "adaptiveCard/action";

    /// <summary>
    /// The card action an activity carries: an <c>adaptiveCard/action</c> invoke (Action.Execute: <c>value.action.verb</c>
    /// and <c>value.action.data</c>) or a <c>message</c> whose <c>value</c> is an Action.Submit's data. Null for
    /// anything else, including data that names no action.
    /// </summary>
    public static CardAction? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == "invoke" && activity.Name == ExecuteInvokeName)
        {
            return activity.Value is { ValueKind: JsonValueKind.Object } value
                && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                ? Decode(Member(action, "data"), Verb(action), isInvoke: true)
                : null;
        }

        return activity.Type == "message" && activity.Value is { ValueKind: JsonValueKind.Object } data
            ? Decode(data, null, isInvoke: false)
            : null;
    }

    private static CardAction? Decode(JsonElement data, string? verb, bool isInvoke) =>
        CardActionData.TryDecode(data, verb, out var actionId, out var value, out var inputs)
            ? new CardAction(actionId, value, inputs, isInvoke)
            : null;

    private static string? Verb(JsonElement action) =>
        action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String ? verb.GetString() : null;

    private static JsonElement Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) ? member : default;
}
