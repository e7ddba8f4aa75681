using StatusBot.Core.CheckIns;
using StatusBot.Core.Tests.ChatActions;

namespace StatusBot.Core.Tests.DueWork;

/// <summary>
/// A wake-up the check-ins' plan filed does the check-ins only and never reads the slip conversation; every other
/// wake-up (a slip's timed step, a retry, one filed before scopes were kept) does all the commitment's work.
/// </summary>
public sealed class WakeUpScopeTests
{
    [Fact]
    public async Task The_plans_wake_up_asks_the_owner_without_reading_the_slip_conversation()
    {
        var world = new ChatWorld();
        await world.CommitmentAsync();
        var planned = Assert.Single(world.WakeUps.All);
        Assert.Equal(WakeUpScope.CheckIns, planned.Scope);
        world.Time.Advance(planned.At - world.Time.GetUtcNow());

        var outcome = Assert.Single(await world.Runner.RunDueAsync("host-a"));

        Assert.Equal(CheckInWorkKind.CheckIn, Assert.Single(outcome.Done).Kind);
        Assert.Equal(0, world.SlipStore.Reads);
        Assert.All(world.WakeUps.All, w => Assert.Equal(WakeUpScope.CheckIns, w.Scope)); // the next one, filed by the plan
    }

    [Fact]
    public async Task A_wake_up_for_all_the_work_still_moves_the_slip_conversation_on()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync(approver: ChatWorld.Approver);
        await world.ToPreviewAsync(commitment);
        var slipping = await world.SlipStore.GetAsync(ChatWorld.Workspace, commitment.Id);
        Assert.NotNull(slipping);
        var readsBefore = world.SlipStore.Reads;
        await world.WakeUps.ScheduleAsync(ChatWorld.Workspace, commitment.Id, world.Time.GetUtcNow()); // filed with no scope: all the work

        await world.Runner.RunDueAsync("host-a");

        Assert.True(world.SlipStore.Reads > readsBefore, "the slip conversation was not looked at");
    }
}
