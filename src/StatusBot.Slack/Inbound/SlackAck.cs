using Microsoft.Extensions.Logging;
using StatusBot.Core.Chat;

namespace StatusBot.Slack.Inbound;

/// <summary>
/// Slack wants its answer within 3 seconds. Work runs in the background; the request waits for it up to
/// <see cref="Budget"/> and answers in place when it is done by then, and otherwise acknowledges and lets the
/// work report later. Work that fails (storage down, say) becomes a short "try again" message, never silence;
/// that includes a call that gave up waiting (Azure's SDK and HttpClient report a timeout as a
/// <see cref="TaskCanceledException"/>). Only the host stopping cancels the work.
/// </summary>
public static class SlackAck
{
    /// <summary>How long a request waits for its work before acknowledging without it.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2.5);

    /// <summary>What the user reads when the work failed.</summary>
    public const string TryAgain = "Sorry, I could not do that just now: my storage or Slack did not answer in time. Nothing was changed. Please try again in a minute.";

    /// <summary>Starts <paramref name="work"/> detached from the request, so that it finishes even after the acknowledgement.</summary>
    public static Task<ChatResponse> Start(Func<CancellationToken, Task<ChatResponse>> work, ILogger logger, CancellationToken stopping) =>
        Task.Run(async () =>
        {
            try
            {
                return await work(stopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                // Reported to the user and logged with its cause; the next click or command is tried afresh.
                Outbound.Log.WorkFailed(logger, ex);
                return ChatResponse.Say(TryAgain);
            }
        }, CancellationToken.None);

    /// <summary>
    /// The work's response when it finishes within the budget; null when it is still running. The budget's timer is
    /// cancelled as soon as the work finishes, so no timer outlives a request that was answered in place.
    /// </summary>
    public static async Task<ChatResponse?> WithinBudgetAsync(Task<ChatResponse> work, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted)
        {
            return await work;
        }

        using var budget = new CancellationTokenSource();
        var timer = Task.Delay(Budget, time, budget.Token);
        var finished = await Task.WhenAny(work, timer);
        await budget.CancelAsync();
        return finished == work ? await work : null;
    }
}
