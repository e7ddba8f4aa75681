using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// Renders buttons and form actions as Universal Actions: <c>Action.Execute</c> (verb = the Core action id,
/// data per <see cref="CardActionData"/>) with an <c>Action.Submit</c> fallback carrying the same data, for
/// clients that predate Action.Execute.
/// </summary>
internal static class CardActions
{
    /// <summary>
    /// A button on a message. Its click submits the message's inputs when it has any (the approver's note goes with
    /// "Request changes"), and none otherwise.
    /// </summary>
    public static JsonObject Button(ChatButton button, bool submitsInputs = false) =>
        Execute(button.ActionId, button.Label, button.Value, Style(button.Style), submitsInputs);

    /// <summary>
    /// A form's action. Submit sends the inputs (and lets the client check required ones); Back and Cancel send
    /// none, so an empty required field cannot block leaving the step.
    /// </summary>
    public static JsonObject Form(FormAction action) => action.Role switch
    {
        FormActionRole.Submit => Execute(action.ActionId, action.Label, action.Value, "positive", submitsInputs: true),
        FormActionRole.Cancel => Execute(action.ActionId, action.Label, action.Value, "destructive", submitsInputs: false),
        _ => Execute(action.ActionId, action.Label, action.Value, null, submitsInputs: false),
    };

    private static JsonObject Execute(string actionId, string label, string value, string? style, bool submitsInputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionId);
        if (value.Length > AdaptiveCardLimits.ActionValueChars)
        {
            throw new ArgumentException($"Action '{actionId}' carries {value.Length} characters; a Teams card action takes at most {AdaptiveCardLimits.ActionValueChars}.", nameof(value));
        }

        // Titles are plain text in Adaptive Cards (no markdown), so the label shows as written.
        var title = AdaptiveCardText.Truncate(label, AdaptiveCardLimits.ActionTitleChars);
        var inputs = submitsInputs ? "auto" : "none";
        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = actionId,
            ["data"] = CardActionData.Encode(actionId, value),
            ["associatedInputs"] = inputs,
        };
        var submit = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = CardActionData.Encode(actionId, value),
            ["associatedInputs"] = inputs,
        };
        if (style is not null)
        {
            execute["style"] = style;
            submit["style"] = style;
        }

        execute["fallback"] = submit;
        return execute;
    }

    private static string? Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => "positive",
        ButtonStyle.Danger => "destructive",
        _ => null,
    };
}
