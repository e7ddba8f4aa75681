using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Slack.Outbound;
using StatusBot.Slack.Rendering;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// The App Home tab: the user's open commitments (Core's <c>list</c>) with health, due date, next check-in and
/// buttons to act, published with views.publish when the user opens the tab and again after they act on it.
/// When the list cannot be read (storage down), the tab says to try again in a minute instead. The first time someone opens
/// the Messages tab, they are greeted with three things to try.
/// </summary>
public sealed class SlackHomeTab(ChatActionHandler handler, SlackActors actors, SlackApiClient api, IRepeatLog repeats, ILogger<SlackHomeTab> logger)
{
    /// <summary>How long a greeting is remembered in the shared store: for good, in practice.</summary>
    public static readonly TimeSpan GreetingMemory = TimeSpan.FromDays(3650);

    /// <summary>The line above the list.</summary>
    public const string Intro = "Your commitments. Type /slip to warn a customer early, /commit to add a commitment, /digest in a project channel.";

    /// <summary>
    /// Greets <paramref name="userId"/> in their chat with StatusBot, once ever (on any host); a store that cannot say
    /// whether they were greeted means no greeting, rather than a second one. Failures are logged, never thrown.
    /// </summary>
    public async Task GreetOnceAsync(string teamId, string userId, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await repeats.TryFirstAsync($"slack/greeted/{teamId}|{userId}", GreetingMemory, cancellationToken))
            {
                var content = BlockKitRenderer.Render(ChatHelp.Greeting);
                await api.PostMessageAsync(teamId, userId, content.Text, content.Blocks, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerUndelivered(logger, ex.Message);
        }
    }

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
