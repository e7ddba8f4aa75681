using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Slack.Outbound;

namespace StatusBot.Slack.Tests.Outbound;

public sealed class SlackChannelPacerTests
{
    private static SlackChannelPacer Pacer(FakeTimeProvider time, int burst = 1) =>
        new(Options.Create(new SlackOutboundOptions { PostMessageInterval = TimeSpan.FromSeconds(1), PostMessageBurst = burst }), time);

    [Fact]
    public async Task WaitAsync_SecondMessageToSameChannel_WaitsOneInterval()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time);

        await pacer.WaitAsync("C1");
        var second = pacer.WaitAsync("C1").AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_OtherChannel_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time);

        await pacer.WaitAsync("C1");
        var other = pacer.WaitAsync("C2");

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_WithinBurst_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        var pacer = Pacer(time, burst: 3);

        await pacer.WaitAsync("C1");
        await pacer.WaitAsync("C1");
        var third = pacer.WaitAsync("C1");
        var fourth = pacer.WaitAsync("C1").AsTask();

        Assert.True(third.IsCompletedSuccessfully);
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
