using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// The App Home tab: the user's open commitments (Core's <c>list</c>) with health, due date, next check-in and
/// buttons to act, published with views.publish when the user opens the tab and again after they act on it.
/// When the list cannot be read (storage down), the tab says to try again in a minute instead.
/// </summary>
public sealed class SlackHomeTab(ChatActionHandler handler, SlackActors actors, SlackApiClient api, ILogger<SlackHomeTab> logger)
{
    /// <summary>The line above the list.</summary>
    public const string Intro = "Your commitments. Type /slip to warn a customer early, /commit to add a commitment, /digest in a project channel.";

    /// <summary>Publishes <paramref name="userId"/>'s home tab; failures are logged, never thrown.</summary>
    public async Task PublishAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        var list = await SlackAck.Start(async ct =>
        {
            var actor = await actors.ForAsync(teamId, userId, ct);
            return await handler.HandleCommandAsync(new ChatCommand(actor, "list", string.Empty, actor.Address, "home"), ct);
        }, logger, cancellationToken);
        try
        {
            await api.PublishHomeAsync(teamId, userId, SlackHomeRenderer.View([new ChatMessage { Text = Intro }, .. list.Messages]), cancellationToken);
        }
        catch (SlackApiException ex)
        {
            Log.AnswerUndelivered(logger, ex.Error);
        }
    }
}
