using System.Text;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Teams.Inbound;

namespace StatusBot.Playground;

/// <summary>
/// The playground's bot is StatusBot itself: each activity goes through the same handling as a Teams
/// activity, in workspace <c>teams-playground</c>. The playground's channels (the customer's inbox and the
/// project channel) are made known to the bot at the serviceUrl the activities name, so warnings, notes and
/// digests sent to them land in the page's panes; so are the cast's personal chats, and the directory learns that
/// the manager manages the demo user (unless told otherwise), so approvals and escalations reach her.
/// </summary>
internal sealed class PlaygroundTeamsBot(
    TeamsActivityHandler handler, ITeamsConversationStore conversations, PlaygroundConnector connector, IPeopleDirectory people) : IPlaygroundBot
{
    /// <summary>The workspace the playground's commitments live in.</summary>
    public static readonly WorkspaceId Workspace = TeamsConversationReference.WorkspaceOf(PlaygroundWorkspace.TenantId);

    /// <summary>The event the page sends once Web Chat is connected.</summary>
    public const string JoinEvent = "webchat/join";

    private readonly HashSet<string> _greeted = new(StringComparer.Ordinal);
    private Uri? _knownAt;

    public async Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (IsJoin(activity) && !FirstVisit(activity))
        {
            return null;
        }
        var read = ActivityReader.Parse(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        if (!read.IsRead)
        {
            return null;
        }

        if (Uri.TryCreate(read.Activity!.ServiceUrl, UriKind.Absolute, out var serviceUrl) && serviceUrl != _knownAt)
        {
            foreach (var (id, _) in PlaygroundWorkspace.Channels)
            {
                var channel = ChatAddress.ToChannel(Workspace, id);
                await conversations.SaveAsync(new TeamsConversationReference(channel, serviceUrl, id, "channel", PlaygroundWorkspace.TenantId, null, null, PlaygroundWorkspace.BotId), cancellationToken);
            }

            await MeetTheCastAsync(serviceUrl, cancellationToken);

            _knownAt = serviceUrl;
        }

        return await handler.HandleAsync(read.Activity, cancellationToken);
    }

    /// <summary>Each person's personal chat is known (so the bot can reach the manager before she opens hers), with their names and the manager.</summary>
    private async Task MeetTheCastAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        foreach (var (id, name) in PlaygroundWorkspace.People)
        {
            var conversation = connector.OpenPersonal(id);
            await conversations.SaveAsync(new TeamsConversationReference(
                ChatAddress.ToUser(Workspace, id), serviceUrl, conversation, "personal", PlaygroundWorkspace.TenantId, id, null, PlaygroundWorkspace.BotId), cancellationToken);
            var known = await people.GetAsync(Workspace, id, cancellationToken);
            var manager = id == PlaygroundWorkspace.UserId && known?.Manager is null ? PlaygroundWorkspace.ManagerId : known?.Manager;
            if (known?.DisplayName is null || known.Manager != manager)
            {
                await people.SaveAsync((known ?? Person.Unknown(Workspace, id)) with { DisplayName = known?.DisplayName ?? name, Manager = manager }, cancellationToken);
            }
        }
    }

    private static bool IsJoin(JsonObject activity) =>
        activity["type"]?.GetValue<string>() == "event" && activity["name"]?.GetValue<string>() == JoinEvent;

    /// <summary>
    /// The first join of a conversation becomes what Teams sends when someone first opens a chat with the bot (it joined
    /// the conversation), so the playground greets as Teams does; a reload is not greeted again.
    /// </summary>
    private bool FirstVisit(JsonObject activity)
    {
        var conversation = activity["conversation"]?["id"]?.GetValue<string>() ?? string.Empty;
        lock (_greeted)
        {
            if (!_greeted.Add(conversation))
            {
                return false;
            }
        }

        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(activity["recipient"]?.DeepClone());
        activity.Remove("name");
        activity.Remove("value");
        return true;
    }
}
