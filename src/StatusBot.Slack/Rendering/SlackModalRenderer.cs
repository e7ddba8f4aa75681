using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Rendering;

/// <summary>
/// Turns a form step (a <see cref="ChatMessage"/> with inputs and form actions) into a Slack modal view: the
/// submit action becomes the modal's submit button (its action id the <c>callback_id</c>, its value the
/// <c>private_metadata</c>), each input an input block whose <c>block_id</c> and <c>action_id</c> are the input's
/// id (so a field error lands on it), and back or discard actions buttons inside the modal.
/// </summary>
public static class SlackModalRenderer
{
    /// <summary>The callback id of a view that only shows a result and submits nothing.</summary>
    public const string ResultCallbackId = "statusbot.result";

    private const int TitleLength = 24;

    /// <summary>The modal for <paramref name="form"/>.</summary>
    public static JsonObject Form(ChatMessage form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var submit = form.FormActions.FirstOrDefault(a => a.Role == FormActionRole.Submit);
        var blocks = new JsonArray();
        // The inputs follow the text as the modal's fields; a message's would also say they dispatch nothing.
        foreach (var block in BlockKitRenderer.Render(form with { Buttons = [], Inputs = [] }).Blocks)
        {
            blocks.Add(block!.DeepClone());
        }

        foreach (var input in form.Inputs)
        {
            blocks.Add(InputBlocks.For(input));
        }

        var buttons = form.FormActions.Where(a => a.Role != FormActionRole.Submit && a.Value.Length > 0)
            .Select(a => new ChatButton(a.ActionId, a.Label, a.Value, a.Role == FormActionRole.Cancel ? ButtonStyle.Danger : ButtonStyle.Default))
            .Concat(form.Buttons)
            .ToList();
        foreach (var block in ButtonBlocks.For(buttons))
        {
            blocks.Add(block);
        }

        var view = View(submit?.ActionId ?? ResultCallbackId, submit?.Value ?? string.Empty, blocks, "Close");
        if (submit is not null)
        {
            view["submit"] = SlackText.PlainText(submit.Label, TitleLength);
        }

        return view;
    }

    /// <summary>A modal that shows <paramref name="messages"/> and can only be closed.</summary>
    public static JsonObject Result(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var blocks = new JsonArray();
        foreach (var message in messages.Count == 0 ? [new ChatMessage { Text = "Done." }] : messages)
        {
            foreach (var block in BlockKitRenderer.Render(message with { Buttons = [], Inputs = [] }).Blocks)
            {
                blocks.Add(block!.DeepClone());
            }
        }

        return View(ResultCallbackId, string.Empty, blocks, "Done");
    }

    private static JsonObject View(string callbackId, string metadata, JsonArray blocks, string close) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = callbackId,
        ["private_metadata"] = metadata,
        ["title"] = SlackText.PlainText("StatusBot", TitleLength),
        ["close"] = SlackText.PlainText(close, TitleLength),
        ["blocks"] = blocks,
    };
}
