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
/// <c>POST /slack/interactions</c>: button clicks (in messages, in modals and in the App Home tab) and modal
/// submissions, handed to Core as clicks with the values of the inputs around them. A modal moves from step to
/// step by replacing itself (never deeper than one view); an answered message is updated in place so its buttons
/// cannot be pressed twice; a click in the home tab is answered by direct message (or a modal it opens) and the
/// tab is published again; a refused field shows its error on the field.
/// </summary>
public sealed class SlackInteractionsHandler(
    SlackRequestVerifier verifier, ChatActionHandler handler, SlackActors actors, SlackApiClient api, IRepeatLog repeats, SlackHomeTab home,
    TimeProvider time, IHostApplicationLifetime lifetime, ILogger<SlackInteractionsHandler> logger)
{
    /// <summary>How long a click (same user, message, button and value) shadows its repeats.</summary>
    public static readonly TimeSpan ClickWindow = TimeSpan.FromSeconds(30);

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
        var key = $"slack/click/{actions.TeamId}|{actions.UserId}|{place}|{action.ActionId}|{action.Value}";
        if (!await SlackInbound.IsFirstAsync(repeats, key, ClickWindow, logger, CancellationToken.None))
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
        if (actions.View is { IsHome: false } view)
        {
            var next = response.Form is { } form ? SlackModalRenderer.Form(form) : SlackModalRenderer.Result(response.Messages);
            await TryAsync(() => api.ViewsUpdateAsync(actions.TeamId, view.Id, view.Hash, next, stopping));
            return;
        }

        // The clicked message shows its answer in place; a home tab or an ephemeral message cannot, so the answer is told instead.
        var replies = new List<ChatMessage>();
        if (response.Answered is { } answered)
        {
            if (actions.Container is { ChannelId: { } channel, MessageTs: { } ts, IsEphemeral: false } && actions.View is null)
            {
                var content = BlockKitRenderer.Render(answered);
                await TryAsync(() => api.UpdateMessageAsync(actions.TeamId, channel, ts, content.Text, content.Blocks, stopping));
            }
            else
            {
                replies.Add(answered);
            }
        }

        if (response.Form is { } opened && canOpen)
        {
            await TryAsync(() => api.ViewsOpenAsync(actions.TeamId, actions.TriggerId, SlackModalRenderer.Form(opened), stopping));
        }

        replies.AddRange(response.Messages.Where(m => !m.IsForm || !canOpen)
            .Select(m => m.IsForm ? new ChatMessage { Text = "That took longer than Slack allows for opening a form. Please click again." } : m));
        if (actions.View is { IsHome: true })
        {
            // The home tab has no response_url: answers go to the user's direct messages, and the tab shows what changed.
            await TryAsync(() => DirectAsync(actions.TeamId, actions.UserId, replies, stopping));
            await home.PublishAsync(actions.TeamId, actions.UserId, stopping);
        }
        else if (actions.ResponseUrl is { } url)
        {
            foreach (var content in replies.Select(m => BlockKitRenderer.Render(m)))
            {
                await TryAsync(() => api.RespondAsync(url, content.Text, content.Blocks, stopping));
            }
        }
    }

    private async Task DirectAsync(string teamId, string userId, List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var channel = await api.OpenConversationAsync(teamId, userId, cancellationToken);
        foreach (var content in messages.Select(m => BlockKitRenderer.Render(m)))
        {
            await api.PostMessageAsync(teamId, channel, content.Text, content.Blocks, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Runs one call to Slack; a refusal is logged and does not keep the next answer from being shown.</summary>
    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
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

        _ = ReplaceLaterAsync(submission.TeamId, submission.View.Id, work);
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

    private async Task ReplaceLaterAsync(string teamId, string viewId, Task<ChatResponse> work)
    {
        var answer = ViewAnswer(await work);
        var view = answer["view"]?.AsObject() ?? SlackModalRenderer.Result([new ChatMessage { Text = "Please check the fields and submit again." }]);
        try
        {
            await api.ViewsUpdateAsync(teamId, viewId, null, (JsonObject)view.DeepClone(), lifetime.ApplicationStopping);
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
