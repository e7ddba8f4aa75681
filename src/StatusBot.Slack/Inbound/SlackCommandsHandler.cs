using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/commands</c>: <c>/slip</c>, <c>/commit</c>, <c>/digest</c> (and <c>help</c>). Verified, parsed,
/// handed to Core; a form opens as a modal, anything else is answered to the user only. Work that takes longer
/// than Slack waits is acknowledged first and answered through the command's <c>response_url</c>.
/// </summary>
public sealed class SlackCommandsHandler(
    SlackRequestVerifier verifier, ChatActionHandler handler, SlackActors actors, SlackApiClient api, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<SlackCommandsHandler> logger)
{
    /// <summary>Handles one command request.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await SlackInbound.ReadVerifiedAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var parsed = SlashCommandParser.Parse(body);
        if (!parsed.IsSuccess)
        {
            return SlackInbound.Malformed(parsed.Error!);
        }

        var command = parsed.Value!;
        var (name, arguments) = Split(command);
        var work = SlackAck.Start(async cancellationToken =>
        {
            var actor = await actors.ForAsync(command.TeamId, command.UserId, cancellationToken);
            var where = command.ChannelId.StartsWith('D') ? actor.Address : ChatAddress.ToChannel(actor.Workspace, command.ChannelId);
            return await handler.HandleCommandAsync(new ChatCommand(actor, name, arguments, where, command.TriggerId) { Mentions = SlackMentions.In(arguments) }, cancellationToken);
        }, logger, lifetime.ApplicationStopping);

        if (await SlackAck.WithinBudgetAsync(work, time) is { } response)
        {
            if (response.Form is { } form && await TryOpenAsync(command.TeamId, command.TriggerId, form))
            {
                return TypedResults.Ok();
            }

            var plain = response.Messages.Where(m => !m.IsForm).ToList();
            return Ephemeral(plain.Count > 0 ? plain : [new ChatMessage { Text = response.Messages.Count > 0 ? response.Messages[0].Text : "Done." }]);
        }

        _ = AnswerLaterAsync(work, command.ResponseUrl);
        return Ephemeral([new ChatMessage { Text = "Working on it…" }]);
    }

    /// <summary>The command's name without the slash, and its words; <c>/slip help</c> asks for help like <c>help</c>.</summary>
    internal static (string Name, string Arguments) Split(SlashCommand command)
    {
        var name = command.Command.TrimStart('/');
        var text = command.Text.Trim();
        return text.Equals("help", StringComparison.OrdinalIgnoreCase) ? ("help", string.Empty) : (name, text);
    }

    private async Task<bool> TryOpenAsync(string teamId, string triggerId, ChatMessage form)
    {
        try
        {
            await api.ViewsOpenAsync(teamId, triggerId, SlackModalRenderer.Form(form), lifetime.ApplicationStopping);
            return true;
        }
        catch (SlackApiException ex)
        {
            Log.AnswerUndelivered(logger, ex.Error);
            return false;
        }
    }

    private async Task AnswerLaterAsync(Task<ChatResponse> work, Uri responseUrl)
    {
        var response = await work;
        var text = string.Join("\n\n", response.Messages.Select(m => m.IsForm ? "That took longer than Slack allows for opening a form. Please run the command again." : m.Text));
        try
        {
            var content = BlockKitRenderer.Render(new ChatMessage { Text = text });
            await api.RespondAsync(responseUrl, content.Text, content.Blocks, lifetime.ApplicationStopping);
        }
        catch (SlackApiException ex)
        {
            Log.AnswerUndelivered(logger, ex.Error);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonObject> Ephemeral(IEnumerable<ChatMessage> messages)
    {
        var blocks = new JsonArray();
        var texts = new List<string>();
        foreach (var message in messages)
        {
            var content = BlockKitRenderer.Render(message);
            texts.Add(content.Text);
            // The rendered blocks are this answer's alone: moved over (a node has one parent), not copied.
            var rendered = content.Blocks.ToArray();
            content.Blocks.Clear();
            foreach (var block in rendered)
            {
                blocks.Add(block);
            }
        }

        return TypedResults.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = string.Join("\n", texts), ["blocks"] = blocks });
    }
}
