using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.CheckIns;
using static StatusBot.Core.Tests.Slips.SlipGiven;

namespace StatusBot.Core.Tests.Slips;

public class DraftRemindersTests
{
    private static readonly DateOnly FarDue = D(3, 20); // Friday; three working days before it is Tue 17 Mar.

    private static SlipState Draft(DateTimeOffset updated, DateTimeOffset? reminded = null, SlipStep step = SlipStep.Message) =>
        SlipState.Begin(WorkspaceId.Playground, "c1", Owner, FarDue, SlipStartReason.Command, At(3, 2, 9)) with { UpdatedAt = updated, LastRemindedAt = reminded, Step = step };

    private static DateTimeOffset? Next(SlipState state, DateOnly? due = null) =>
        DraftReminders.Next(state, due ?? FarDue, Given.Calendar("Europe/Berlin"), CheckInSettings.Default);

    [Fact]
    public void Next_DraftLeftToday_IsTheNextWorkingMorning()
    {
        Assert.Equal(At(3, 3, 10), Next(Draft(At(3, 2, 11))));
    }

    [Fact]
    public void Next_DraftLeftOnFriday_IsMondayMorning()
    {
        Assert.Equal(At(3, 9, 10), Next(Draft(At(3, 6, 15))));
    }

    [Fact]
    public void Next_AlreadyRemindedFarFromTheDueDate_WaitsForTheLastThreeWorkingDays()
    {
        Assert.Equal(At(3, 17, 10), Next(Draft(At(3, 2, 11), reminded: At(3, 3, 10))));
    }

    [Fact]
    public void Next_RemindedInsideTheLastThreeWorkingDays_IsDaily()
    {
        Assert.Equal(At(3, 18, 10), Next(Draft(At(3, 2, 11), reminded: At(3, 17, 10))));
        Assert.Equal(At(3, 23, 10), Next(Draft(At(3, 2, 11), reminded: At(3, 20, 10))));
    }

    [Fact]
    public void Next_OwnerTouchedTheDraftAfterTheReminder_StartsAgainFromTheNextMorning()
    {
        Assert.Equal(At(3, 5, 10), Next(Draft(At(3, 4, 15), reminded: At(3, 3, 10))));
    }

    [Theory]
    [InlineData(SlipStep.AwaitingApproval)]
    [InlineData(SlipStep.Sending)]
    [InlineData(SlipStep.Sent)]
    [InlineData(SlipStep.Cancelled)]
    public void Next_NothingWaitsOnTheOwner_IsNull(SlipStep step)
    {
        Assert.Null(Next(Draft(At(3, 2, 11), step: step)));
    }
}
