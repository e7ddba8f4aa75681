using StatusBot.Teams.Inbound;

namespace StatusBot.Teams.Tests.Inbound;

public sealed class TeamsMentionsTests
{
    [Fact]
    public void Of_MessageMentioningTheBotAndAColleague_GivesTheColleagueOnly()
    {
        var activity = TestData.Activity("message-with-mention.json");

        Assert.Equal(["29:1maria"], TeamsMentions.Of(activity));
        Assert.Equal(("away", "2026-12-21 2027-01-04 delegate"), TeamsCommandText.Split(activity.Text));
    }

    [Fact]
    public void Of_ActivityWithoutMentions_IsEmpty() =>
        Assert.Empty(TeamsMentions.Of(TestData.Activity("message-action-submit.json")));
}
