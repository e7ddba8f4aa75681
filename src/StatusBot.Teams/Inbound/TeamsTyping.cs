using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace StatusBot.Teams.Inbound;

/// <summary>
/// Shows Teams' typing indicator while a typed command's work runs longer than <see cref="After"/>, so a slow answer (a
/// digest posted, a check-in sent) does not look like silence; quick answers cost no extra call.
/// </summary>
internal static class TeamsTyping
{
    /// <summary>How long work may run before the indicator is shown.</summary>
    public static readonly TimeSpan After = TimeSpan.FromMilliseconds(400);

    /// <summary>Waits for <paramref name="work"/>, sending one typing activity into the conversation if it is still running after <see cref="After"/>.</summary>
    public static async Task WhileAsync(
        Task work, ITeamsReplies connector, TeamsConversationReference reference, string conversationId, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(After, time, wait.Token);
        var first = await Task.WhenAny(work, delay);
        await wait.CancelAsync(); // No timer outlives the work.
        if (first == work || !delay.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await connector.SendAsync(reference.ServiceUrl, conversationId, new JsonObject { ["type"] = "typing" }, reference.TenantId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TypingFailed(logger, ex.Message); // Only a courtesy: the answer still comes.
        }
    }
}
