using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;
using StatusBot.Teams.Rendering;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Finishes an Action.Execute that was answered "working on it": when its work is done, the clicked card is updated
/// to what the work answered and the rest follows as messages; work that failed turns the card into a try-again note.
/// </summary>
internal sealed class TeamsLateAnswer(ITeamsReplies connector, ILogger logger)
{
    /// <summary>True when <paramref name="work"/> is done within <paramref name="budget"/>; the budget's timer never outlives the wait.</summary>
    public static async Task<bool> FinishesWithinAsync(Task work, TimeSpan budget, TimeProvider time)
    {
        if (work.IsCompleted)
        {
            return true;
        }

        using var stop = new CancellationTokenSource();
        var finished = await Task.WhenAny(work, Task.Delay(budget, time, stop.Token));
        await stop.CancelAsync();
        return finished == work;
    }

    public async Task UpdateWhenDoneAsync(
        Task<ChatResponse> work, TeamsConversationReference reference, string conversationId, string cardId, Func<ChatResponse, Task> sendRest, string tryAgain)
    {
        ChatMessage card;
        ChatResponse? response = null;
        try
        {
            response = await work;
            card = TeamsActivityHandler.InPlace(response);
        }
        catch (Exception ex)
        {
            Log.ActivityFailed(logger, "invoke", ex);
            card = new ChatMessage { Text = tryAgain };
        }

        try
        {
            var update = AdaptiveCardRenderer.Render(card).ToActivity();
            update["id"] = cardId;
            await connector.UpdateAsync(reference.ServiceUrl, conversationId, cardId, update, reference.TenantId, CancellationToken.None);
            if (response is not null)
            {
                await sendRest(response);
            }
        }
        catch (Exception ex)
        {
            // Nobody waits on this any more: the failure is logged, and the stored result stands.
            Log.ActivityFailed(logger, "invoke", ex);
        }
    }
}
