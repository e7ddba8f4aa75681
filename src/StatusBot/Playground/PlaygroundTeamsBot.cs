using System.Text;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Teams.Inbound;

namespace StatusBot.Playground;

/// <summary>
/// The playground's bot is StatusBot itself: each activity goes through the same handling as a Teams
/// activity, in workspace <c>teams-playground</c>. The playground's channels (the customer's inbox and the
/// project channel) are made known to the bot at the serviceUrl the activities name, so warnings, notes and
/// digests sent to them land in the page's panes.
/// </summary>
internal sealed class PlaygroundTeamsBot(TeamsActivityHandler handler, ITeamsConversationStore conversations) : IPlaygroundBot
{
    /// <summary>The workspace the playground's commitments live in.</summary>
    public static readonly WorkspaceId Workspace = TeamsConversationReference.WorkspaceOf(PlaygroundWorkspace.TenantId);

    private Uri? _knownAt;

    public async Task<JsonObject?> OnActivityAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
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

            _knownAt = serviceUrl;
        }

        return await handler.HandleAsync(read.Activity, cancellationToken);
    }
}
