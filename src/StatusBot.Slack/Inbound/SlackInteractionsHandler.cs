using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StatusBot.Core.Conversations;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/interactions</c>: button clicks (in messages and in modals) and modal submissions, handed to
/// Core as clicks. A modal moves from step to step by replacing itself (never deeper than one view); an
/// answered message is updated in place so its buttons cannot be pressed twice; a refused field shows its
/// error on the field.
/// </summary>
public sealed class SlackInteractionsHandler(
    SlackRequestVerifier verifier, ChatActionHandler handler, SlackActors actors, SlackApiClient api, SlackRepeatFilter clicks,
    TimeProvider time, IHostApplicationLifetime lifetime, ILogger<SlackInteractionsHandler> logger)
{
    /// <summary>Handles one interaction request.</summary>
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await SlackInbound.ReadVerifiedAsync(context, verifier, logger);
        if (refusal is not null)
        {
            return refusal;
        }

        var parsed = SlackInteractionParser.Parse(body);
        if (!parsed.IsSuccess)
        {
            return SlackInbound.Malformed(parsed.Error!);
        }

        return parsed.Value switch
        {
            SlackBlockActions actions => await ClickedAsync(actions),
            SlackViewSubmission submission => await SubmittedAsync(submission),
            _ => TypedResults.Ok(), // view_closed: a draft stays as it was saved.
        };
    }

    private async Task<IResult> ClickedAsync(SlackBlockActions actions)
    {
        var action = actions.Actions[0];
        var place = actions.Container.MessageTs ?? actions.Container.ViewId ?? actions.TriggerId;
        if (!clicks.Filter.TryFirst($"{actions.TeamId}|{actions.UserId}|{place}|{action.ActionId}|{action.Value}"))
        {
            return TypedResults.Ok();
        }

        var work = Start(actions, SlackActionId.ToCore(action.ActionId), action.Value ?? string.Empty, Inputs(actions.Values));
        var response = await SlackAck.WithinBudgetAsync(work, time);
        _ = ShowClickAsync(actions, work, canOpen: response is not null);
        return TypedResults.Ok();
    }

    private async Task ShowClickAsync(SlackBlockActions actions, Task<ChatResponse> work, bool canOpen)
    {
        var response = await work;
        var stopping = lifetime.ApplicationStopping;
        try
        {
            if (actions.View is { } view)
            {
                var next = response.Form is { } form ? SlackModalRenderer.Form(form) : SlackModalRenderer.Result(response.Messages);
                await api.ViewsUpdateAsync(view.Id, view.Hash, next, stopping);
                return;
            }

            if (response.Answered is { } answered && actions.Container is { ChannelId: { } channel, MessageTs: { } ts })
            {
                var content = BlockKitRenderer.Render(answered);
                await api.UpdateMessageAsync(channel, ts, content.Text, content.Blocks, stopping);
            }

            if (response.Form is { } opened && canOpen)
            {
                await api.ViewsOpenAsync(actions.TriggerId, SlackModalRenderer.Form(opened), stopping);
            }

            foreach (var message in response.Messages.Where(m => !m.IsForm || !canOpen))
            {
                var shown = message.IsForm ? new ChatMessage { Text = "That took longer than Slack allows for opening a form. Please click again." } : message;
                var content = BlockKitRenderer.Render(shown);
                if (actions.ResponseUrl is { } url)
                {
                    await api.RespondAsync(url, content.Text, content.Blocks, stopping);
                }
            }
        }
        catch (SlackApiException ex)
        {
            Log.AnswerUndelivered(logger, ex.Error);
        }
    }

    private async Task<IResult> SubmittedAsync(SlackViewSubmission submission)
    {
        if (submission.View.CallbackId == SlackModalRenderer.ResultCallbackId)
        {
            return TypedResults.Json(new JsonObject { ["response_action"] = "clear" });
        }

        var work = Start(submission, submission.View.CallbackId, submission.View.PrivateMetadata, Inputs(submission.Values));
        if (await SlackAck.WithinBudgetAsync(work, time) is { } response)
        {
            return TypedResults.Json(ViewAnswer(response));
        }

        _ = ReplaceLaterAsync(submission.View.Id, work);
        return TypedResults.Json(new JsonObject { ["response_action"] = "update", ["view"] = SlackModalRenderer.Result([new ChatMessage { Text = "Working on it…" }]) });
    }

    /// <summary>Errors on their fields (any that no field shows go on the first), else the next step or the outcome.</summary>
    internal static JsonObject ViewAnswer(ChatResponse response)
    {
        if (response.Errors.Count > 0 && response.FormShowingErrors() is { Inputs.Count: > 0 } form)
        {
            var errors = new JsonObject();
            foreach (var input in form.Inputs.Where(i => i.Error is not null))
            {
                errors[input.Id] = SlackText.Truncate(input.Error!, 2000);
            }

            return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
        }

        var view = response.Form is { } next ? SlackModalRenderer.Form(next) : SlackModalRenderer.Result(response.Messages);
        return new JsonObject { ["response_action"] = "update", ["view"] = view };
    }

    private async Task ReplaceLaterAsync(string viewId, Task<ChatResponse> work)
    {
        var answer = ViewAnswer(await work);
        var view = answer["view"]?.AsObject() ?? SlackModalRenderer.Result([new ChatMessage { Text = "Please check the fields and submit again." }]);
        try
        {
            await api.ViewsUpdateAsync(viewId, null, (JsonObject)view.DeepClone(), lifetime.ApplicationStopping);
        }
        catch (SlackApiException ex)
        {
            Log.AnswerUndelivered(logger, ex.Error);
        }
    }

    /// <summary>Core's inputs by id: StatusBot names each input block after its input, and puts one element in it.</summary>
    private static Dictionary<string, string?> Inputs(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> values) =>
        values.SelectMany(block => block.Value.Take(1).Select(action => (block.Key, action.Value)))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    private Task<ChatResponse> Start(SlackInteraction interaction, string actionId, string value, IReadOnlyDictionary<string, string?> inputs) =>
        SlackAck.Start(async cancellationToken =>
        {
            var actor = await actors.ForAsync(interaction.TeamId, interaction.UserId, cancellationToken);
            return await handler.HandleClickAsync(new ChatClick(actor, actionId, value) { Inputs = inputs }, cancellationToken);
        }, logger, lifetime.ApplicationStopping);
}
