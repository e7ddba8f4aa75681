using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Teams.Inbound;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Outbound;

/// <summary>
/// Core's chat port on Teams. A message goes to the conversation saved when StatusBot was installed: to a user
/// through their 1:1 chat with the bot (created with POST /v3/conversations when not known yet, then kept), to a
/// channel as a new post. It is rendered as an Adaptive Card. Anything Teams refuses or cannot take now becomes
/// a <see cref="ChatDeliveryException"/>: transient ones are tried again, permanent ones (a 403 or 404 on the
/// conversation, a user or channel StatusBot was never added to) say what to do, naming the person from
/// <paramref name="people"/> when it knows them. The people a message names (<see cref="ChatMessage.Mentions"/>) are
/// mentioned for real when the directory knows their names. Idempotency is the host's <see cref="LoggedChatPort"/>'s job, as for Slack.
/// </summary>
public sealed class TeamsChatPort(BotConnectorClient connector, ITeamsConversationStore conversations, IPeopleDirectory? people = null) : IChatPlatform
{
    /// <inheritdoc />
    public bool Serves(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Kind != ChatAddressKind.Email && address.Workspace.Platform == ChatPlatform.Teams;
    }

    /// <inheritdoc />
    public async Task<SentMessage> SendAsync(ChatAddress recipient, ChatMessage message, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        if (recipient.Kind == ChatAddressKind.Email)
        {
            throw new ArgumentException($"Teams cannot send to the email address {recipient.Id}; email goes through the email port.", nameof(recipient));
        }

        var reference = await FindAsync(recipient, cancellationToken);
        var names = await MentionNamesAsync(recipient.Workspace, message, cancellationToken);
        try
        {
            var activity = AdaptiveCardRenderer.Render(message, names).ToActivity();
            var conversationId = await ConversationAsync(reference, cancellationToken);
            var activityId = await connector.SendAsync(reference.ServiceUrl, conversationId, activity, reference.TenantId, cancellationToken);
            return new SentMessage(recipient, activityId, conversationId);
        }
        catch (BotConnectorException refused)
        {
            throw refused.ToDeliveryException(recipient, await NameAsync(recipient, cancellationToken));
        }
    }

    /// <inheritdoc />
    public async Task UpdateAsync(SentMessage sent, ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(message);
        var reference = await FindAsync(sent.To, cancellationToken);
        var names = await MentionNamesAsync(sent.To.Workspace, message, cancellationToken);
        try
        {
            var activity = AdaptiveCardRenderer.Render(message, names).ToActivity();
            activity["id"] = sent.MessageId;
            await connector.UpdateAsync(reference.ServiceUrl, sent.ConversationId, sent.MessageId, activity, reference.TenantId, cancellationToken);
        }
        catch (BotConnectorException refused)
        {
            throw refused.ToDeliveryException(sent.To, await NameAsync(sent.To, cancellationToken));
        }
    }

    private async Task<TeamsConversationReference> FindAsync(ChatAddress address, CancellationToken cancellationToken) =>
        await conversations.GetAsync(address, cancellationToken)
        ?? throw TeamsDeliveryProblems.NotInstalled(address, await NameAsync(address, cancellationToken));

    /// <summary>The person's name, when the directory knows it, so that the problem names someone people recognise.</summary>
    private async Task<string?> NameAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        if (people is null || address.Kind != ChatAddressKind.User)
        {
            return null;
        }

        try
        {
            return (await people.GetAsync(address.Workspace, address.Id, cancellationToken))?.DisplayName;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // The name only makes the text friendlier; the failure is reported with the id.
        }
    }

    /// <summary>The names the directory knows of the people <paramref name="message"/> names; those it does not know stay ids.</summary>
    private async Task<Dictionary<string, string>> MentionNamesAsync(WorkspaceId workspace, ChatMessage message, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in message.Mentions.Distinct(StringComparer.Ordinal))
        {
            if (await NameAsync(ChatAddress.ToUser(workspace, id), cancellationToken) is { Length: > 0 } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    /// <summary>The conversation to post into; for a user without a known 1:1 chat, creates it and keeps it.</summary>
    private async Task<string> ConversationAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        if (reference.Address.Kind != ChatAddressKind.User || (reference.ConversationId is { Length: > 0 } && reference.ConversationType == "personal"))
        {
            return reference.ConversationId ?? reference.Address.Id;
        }

        var userId = reference.UserId ?? reference.Address.Id;
        var conversationId = await connector.CreateConversationAsync(reference.ServiceUrl, reference.BotId, userId, reference.TenantId, cancellationToken);
        await conversations.SaveAsync(reference with { ConversationId = conversationId, ConversationType = "personal" }, CancellationToken.None);
        return conversationId;
    }
}
