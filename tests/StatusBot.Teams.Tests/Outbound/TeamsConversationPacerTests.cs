using Microsoft.Extensions.Time.Testing;
using StatusBot.Teams.Outbound;

namespace StatusBot.Teams.Tests.Outbound;

public sealed class TeamsConversationPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reserve_SevenInOneSecond_EighthWaitsForTheSecondToPass()
    {
        var pacer = new TeamsConversationPacer(_time);

        var waits = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("a:1")).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[7]);
    }

    [Fact]
    public void Reserve_NinthInTwoSeconds_WaitsForTheTwoSecondWindow()
    {
        var pacer = new TeamsConversationPacer(_time);

        var waits = Enumerable.Range(0, 9).Select(_ => pacer.Reserve("a:1")).ToList();

        Assert.Equal(TimeSpan.FromSeconds(2), waits[8]);
    }

    [Fact]
    public void Reserve_SixtyOneInThirtySeconds_WaitsForTheThirtySecondWindow()
    {
        var pacer = new TeamsConversationPacer(_time);
        for (var i = 0; i < 60; i++)
        {
            pacer.Reserve("a:1");
            _time.Advance(TimeSpan.FromMilliseconds(300));
        }

        // 60 sends took 18 s; the 61st must wait until 30 s after the first.
        Assert.Equal(TimeSpan.FromSeconds(12), pacer.Reserve("a:1"));
    }

    [Fact]
    public void Reserve_OtherConversation_NotHeldUp()
    {
        var pacer = new TeamsConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            pacer.Reserve("a:1");
        }

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a:2"));
    }

    [Fact]
    public async Task WaitAsync_OverTheLimit_CompletesWhenTheFakeClockMoves()
    {
        var pacer = new TeamsConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitAsync("a:1");
        }

        var eighth = pacer.WaitAsync("a:1").AsTask();
        Assert.False(eighth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        await eighth;
    }

    [Fact]
    public void Reserve_FiftyOneConversationsOfOneTenantInASecond_TheFiftyFirstWaitsForTheTenantWindow()
    {
        var pacer = new TeamsConversationPacer(_time);

        var waits = Enumerable.Range(0, 51).Select(i => pacer.Reserve(TeamsConversationPacer.PaceKey("tenant-1", "a:" + i))).ToList();

        Assert.All(waits.Take(50), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[50]);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve(TeamsConversationPacer.PaceKey("tenant-2", "a:0")));
    }

    [Fact]
    public void Reserve_TenantAndConversationBothFull_WaitsForTheLaterOfTheTwo()
    {
        var pacer = new TeamsConversationPacer(_time);
        var busy = TeamsConversationPacer.PaceKey("tenant-1", "a:busy");
        for (var i = 0; i < 8; i++)
        {
            pacer.Reserve(busy);  // 7 now, the 8th at 1 s: the conversation's 2 s window is then full
        }

        for (var i = 0; i < 50; i++)
        {
            pacer.Reserve(TeamsConversationPacer.PaceKey("tenant-1", "a:" + i));  // the tenant's second from 1 s fills up
        }

        // The conversation has room again at 2 s, and so has the tenant.
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve(busy));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve(TeamsConversationPacer.PaceKey("tenant-1", "a:other")));
    }

    [Fact]
    public void Reserve_ConversationWithoutTenant_PacedByTheConversationOnly()
    {
        var pacer = new TeamsConversationPacer(_time);
        for (var i = 0; i < 50; i++)
        {
            pacer.Reserve(TeamsConversationPacer.PaceKey("tenant-1", "a:" + i));
        }

        Assert.Equal(TimeSpan.Zero, pacer.Reserve(TeamsConversationPacer.PaceKey(null, "a:new")));
    }
}
