using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Slack.Inbound;

namespace StatusBot.Slack.Tests.Inbound;

public sealed class SlackAckTests
{
    [Fact]
    public async Task Start_WorkThatThrows_AsksToTryAgain()
    {
        var response = await SlackAck.Start(_ => throw new InvalidOperationException("disk I/O error"), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(SlackAck.TryAgain, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public async Task Start_CallThatTimedOut_AsksToTryAgain()
    {
        // How Azure.Data.Tables (and HttpClient) report a call that exceeded its timeout: a cancellation nobody asked for.
        var response = await SlackAck.Start(
            _ => throw new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:01:40."),
            NullLogger.Instance,
            CancellationToken.None);

        Assert.Equal(SlackAck.TryAgain, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public async Task Start_HostStopping_CancelsTheWork()
    {
        using var stopping = new CancellationTokenSource();
        var gate = new TaskCompletionSource();
        var work = SlackAck.Start(async ct =>
        {
            await gate.Task.WaitAsync(ct);
            return ChatResponse.Say("done");
        }, NullLogger.Instance, stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
    }

    [Fact]
    public async Task WithinBudget_WorkStillRunningWhenTheBudgetEnds_IsNull()
    {
        var clock = new FakeTimeProvider();
        var gate = new TaskCompletionSource<ChatResponse>();

        var waiting = SlackAck.WithinBudgetAsync(gate.Task, clock);
        clock.Advance(SlackAck.Budget);

        Assert.Null(await waiting);
    }
}
