using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// What the bot does with an authenticated activity: remembers where it was installed (and says hello once),
/// forgets it on uninstall, hands commands and card actions to Core's <see cref="ChatActionHandler"/>, and
/// answers an Action.Execute in place with the next card. A redelivered activity has no second effect. With
/// <paramref name="people"/>, the sender's name and time zone fill the people directory (at most daily). An
/// Action.Execute whose work (an email to the customer, several messages) outlasts <see cref="InvokeBudget"/> is
/// answered with a "working on it" card, and the card is updated when the work is done (see <see cref="TeamsLateAnswer"/>).
/// </summary>
public sealed class TeamsActivityHandler(
    ChatActionHandler chat, ITeamsConversationStore conversations, ITeamsReplies connector, IRepeatLog repeats, ILogger<TeamsActivityHandler> logger,
    TeamsPeople? people = null, TimeProvider? time = null)
{
    /// <summary>How long an invoke waits for its work before it answers "working on it" (Teams waits a few seconds at most).</summary>
    public static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>What the clicked card says while slow work finishes.</summary>
    public const string WorkingOnIt = "Working on it…";

    /// <summary>What the bot says once when it is installed.</summary>
    private const string TryAgain = "Sorry, I could not do that just now: my storage did not answer in time. Nothing was changed. Please try again in a minute.";

    /// <summary>How long an activity id shadows its redeliveries, on every host that shares the store.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    /// <summary>Handles one activity; returns the body to answer an invoke with, or null when the answer is an empty 200.</summary>
    public async Task<JsonObject?> HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var invoke = activity.Type == "invoke";
        var reference = TeamsConversationReference.From(activity);
        try
        {
            if (activity.Id is { Length: > 0 } id
                && !await repeats.TryFirstAsync($"teams/activity/{activity.Conversation?.Id}|{id}|{activity.Type}", RepeatWindow, cancellationToken))
            {
                return invoke ? AdaptiveCardInvokeResponse.Message("Already done.") : null;
            }

            return activity.Type switch
            {
                "conversationUpdate" when (activity.MembersAdded ?? []).Any(m => m.Id == activity.Recipient?.Id) => await InstalledAsync(activity, reference, cancellationToken),
                "conversationUpdate" => await MembersAddedAsync(activity, reference, cancellationToken),
                "installationUpdate" when activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true => await UninstalledAsync(reference, cancellationToken),
                "installationUpdate" => await InstalledAsync(activity, reference, cancellationToken),
                "message" or "invoke" when reference is not null => await ActedAsync(activity, reference, cancellationToken),
                _ => invoke ? AdaptiveCardInvokeResponse.Error(400, "BadRequest", "StatusBot does not handle this kind of invoke.") : null,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reported to the user and logged with its cause; nothing half-done is kept (each use case stores atomically).
            Log.ActivityFailed(logger, activity.Type ?? "unknown", ex);
            if (invoke)
            {
                return AdaptiveCardInvokeResponse.Message(TryAgain);
            }

            if (activity.Type == "message" && reference is not null)
            {
                await TellAsync(reference, activity, cancellationToken);
            }

            return null;
        }
    }

    /// <summary>A typed command that failed is answered with a try-again note, not silence, if the connector takes it.</summary>
    private async Task TellAsync(TeamsConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(reference, activity, [new ChatMessage { Text = TryAgain }], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the replies port threw (the connector refused or was out of reach): the user cannot be told.
            Log.ActivityFailed(logger, "reply", ex);
        }
    }

    private async Task<JsonObject?> InstalledAsync(Activity activity, TeamsConversationReference? reference, CancellationToken cancellationToken)
    {
        if (reference is null)
        {
            return null;
        }

        await conversations.SaveAsync(reference, cancellationToken);
        await MembersAddedAsync(activity, reference, cancellationToken);
        await SendAsync(reference, activity, [ChatHelp.Greeting], cancellationToken);
        return null;
    }

    /// <summary>Remembers team members (not the bot), so check-ins can reach them in a 1:1 chat.</summary>
    private async Task<JsonObject?> MembersAddedAsync(Activity activity, TeamsConversationReference? reference, CancellationToken cancellationToken)
    {
        if (reference is { Address.Kind: ChatAddressKind.Channel })
        {
            foreach (var member in (activity.MembersAdded ?? []).Where(m => m.Id is { Length: > 0 } && m.Id != activity.Recipient?.Id))
            {
                await conversations.SaveAsync(TeamsConversationReference.ForMember(reference, member), cancellationToken);
            }
        }

        return null;
    }

    private async Task<JsonObject?> UninstalledAsync(TeamsConversationReference? reference, CancellationToken cancellationToken)
    {
        if (reference is not null)
        {
            await conversations.DeleteAsync(reference.Address, cancellationToken);
        }

        return null;
    }

    private async Task<JsonObject?> ActedAsync(Activity activity, TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.Address.Kind == ChatAddressKind.User)
        {
            await conversations.SaveAsync(reference, cancellationToken);
        }

        var actor = TeamsActors.Of(activity, reference);
        if (people is not null)
        {
            await people.FillAsync(actor, activity.From?.Name, activity.From?.AadObjectId, cancellationToken);
        }

        if (CardAction.From(activity) is { } action)
        {
            var click = new ChatClick(actor, action.ActionId, action.Value) { Inputs = await TeamsPickedPeople.MapAsync(action.Inputs, reference, conversations, cancellationToken) };
            if (action.IsInvoke && activity.ReplyToId is { Length: > 0 } cardId && (activity.Conversation?.Id ?? reference.ConversationId) is { } conversationId)
            {
                // Detached from the request: the work finishes (and stores atomically) even after Teams has its answer.
                var work = Task.Run(() => chat.HandleClickAsync(click, CancellationToken.None), CancellationToken.None);
                if (!await TeamsLateAnswer.FinishesWithinAsync(work, InvokeBudget, time ?? TimeProvider.System))
                {
                    _ = new TeamsLateAnswer(connector, logger).UpdateWhenDoneAsync(work, reference, conversationId, cardId,
                        response => SendAsync(reference, activity, Rest(response, InPlace(response)), CancellationToken.None), TryAgain);
                    return AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(new ChatMessage { Text = WorkingOnIt }));
                }

                return await AnsweredAsync(activity, reference, isInvoke: true, await work, cancellationToken);
            }

            return await AnsweredAsync(activity, reference, action.IsInvoke, await chat.HandleClickAsync(click, cancellationToken), cancellationToken);
        }

        if (activity.Type == "invoke")
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The card action carries no StatusBot action.");
        }

        var (name, arguments) = TeamsCommandText.Split(activity.Text);
        var where = reference.Address.Kind == ChatAddressKind.User ? actor.Address : reference.Address;
        var command = new ChatCommand(actor, name, arguments, where, activity.Id ?? Guid.NewGuid().ToString("N")) { Mentions = TeamsMentions.Of(activity) };
        var handling = chat.HandleCommandAsync(command, cancellationToken);
        if ((activity.Conversation?.Id ?? reference.ConversationId) is { } conversation)
        {
            await TeamsTyping.WhileAsync(handling, connector, reference, conversation, time ?? TimeProvider.System, logger, cancellationToken);
        }

        var response = await handling;
        await SendAsync(reference, activity, response.Messages, cancellationToken);
        return null;
    }

    /// <summary>
    /// An invoke is answered in place: with the answered card when the click spent its buttons (the next step
    /// follows as a new card), else with the next form step (its refusals on its fields), else the first note.
    /// A submit (message) gets its answers as new messages, and an answered card is updated.
    /// </summary>
    private async Task<JsonObject?> AnsweredAsync(Activity activity, TeamsConversationReference reference, bool isInvoke, ChatResponse response, CancellationToken cancellationToken)
    {
        var inPlace = InPlace(response);
        if (!isInvoke)
        {
            if (response.Answered is { } answered && activity.ReplyToId is { Length: > 0 } cardId && reference.ConversationId is { } conversationId)
            {
                var update = Render(answered, activity).ToActivity();
                update["id"] = cardId;
                await connector.UpdateAsync(reference.ServiceUrl, conversationId, cardId, update, reference.TenantId, cancellationToken);
            }

            var shown = response.Form is not null ? [response.FormShowingErrors()!, .. response.Messages.Where(m => !m.IsForm)] : response.Messages;
            await SendAsync(reference, activity, shown, cancellationToken);
            return null;
        }

        await SendAsync(reference, activity, Rest(response, inPlace), cancellationToken);
        return AdaptiveCardInvokeResponse.Card(Render(inPlace, activity));
    }

    /// <summary>What an invoke's card becomes: the answered card, else the next form step (its refusals on its fields), else the first note.</summary>
    internal static ChatMessage InPlace(ChatResponse response) =>
        response.Answered ?? response.FormShowingErrors() ?? (response.Messages.Count > 0 ? response.Messages[0] : new ChatMessage { Text = "Done." });

    /// <summary>What follows the card as new messages.</summary>
    private static List<ChatMessage> Rest(ChatResponse response, ChatMessage inPlace) =>
        [.. response.Messages.Where(m => !ReferenceEquals(m, inPlace) && !(response.Answered is null && m.IsForm))];

    /// <summary>A card for the client the activity came from: the people picker only in Teams itself (not the playground's Web Chat).</summary>
    private static AdaptiveCardContent Render(ChatMessage message, Activity activity) =>
        AdaptiveCardRenderer.Render(message, peoplePicker: activity.ChannelId == "msteams");

    /// <summary>Posts each message into the conversation the activity came from (a reply in a channel thread).</summary>
    private async Task SendAsync(TeamsConversationReference reference, Activity activity, IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? reference.ConversationId;
        if (conversationId is null)
        {
            return;
        }

        foreach (var message in messages)
        {
            var reply = Render(message, activity).ToActivity();
            if (reference.Address.Kind == ChatAddressKind.Channel && activity.Id is { Length: > 0 } id)
            {
                await connector.ReplyAsync(reference.ServiceUrl, conversationId, id, reply, reference.TenantId, cancellationToken);
            }
            else
            {
                await connector.SendAsync(reference.ServiceUrl, conversationId, reply, reference.TenantId, cancellationToken);
            }
        }
    }
}
