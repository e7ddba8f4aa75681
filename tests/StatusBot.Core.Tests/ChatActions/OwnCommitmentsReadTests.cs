using StatusBot.Core.CheckIns;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.ChatActions;

/// <summary>
/// A person's own paths (<c>/slip</c>, <c>list</c>, which the App Home shows, and the slip conversation's
/// re-plan advice) read that person's commitments by owner and never list the whole workspace, whatever it holds.
/// Teams commands reach the same handler.
/// </summary>
public class OwnCommitmentsReadTests
{
    private readonly ChatWorld _world = new();

    private async Task CrowdAsync(int others)
    {
        for (var i = 0; i < others; i++)
        {
            await _world.CommitmentAsync($"Theirs {i}", owner: "U_OTHER" + (i % 5));
        }
    }

    [Fact]
    public async Task Slip_list_and_the_slip_context_never_list_the_whole_workspace()
    {
        var mine = await _world.CommitmentAsync("Bulk export");
        await _world.CommitmentAsync("Audit log");
        await CrowdAsync(40);

        var slip = await _world.CommandAsync("slip", "bulk");
        var list = await _world.CommandAsync("list");
        var start = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(mine.Id, CheckInAnswer.Slipping));

        Assert.Equal(SlipActions.SubmitDate, start.Form!.FormActions[0].ActionId);
        Assert.Equal(SlipActions.SubmitDate, slip.Form!.FormActions[0].ActionId);
        Assert.StartsWith("Your open commitments (2):", list.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, _world.Store.WholeListings);
    }

    [Fact]
    public async Task A_second_re_plan_is_learnt_from_the_owners_own_history_only()
    {
        var earlier = await _world.CommitmentAsync("Earlier");
        await _world.ToPreviewAsync(earlier);
        await _world.ClickAsync(SlipActions.Send, earlier.Id);
        await CrowdAsync(20);
        var reads = _world.Store.HistoryReads;

        await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue((await _world.CommitmentAsync("Later")).Id, CheckInAnswer.Slipping));

        Assert.Equal(2, _world.Store.HistoryReads - reads);  // its own and the owner's one warned commitment
        Assert.Equal(0, _world.Store.WholeListings);
    }
}
