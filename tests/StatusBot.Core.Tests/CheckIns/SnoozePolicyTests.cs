using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class SnoozePolicyTests
{
    private static readonly Commitment Acme = Given.Commitment(new DateOnly(2025, 12, 19), Given.Berlin(11, 3, 9));

    [Theory]
    [InlineData(SnoozeOption.Tomorrow, 9)]
    [InlineData(SnoozeOption.Later, 11)]
    public void Until_Choice_CountsFromTheOwnersToday(SnoozeOption option, int day)
    {
        Assert.Equal(new DateOnly(2025, 12, day), SnoozePolicy.Until(Acme, option, Given.Berlin(12, 8, 10), Given.Settings));
    }

    [Fact]
    public void Until_LateEveningUtc_UsesTheOwnersDate()
    {
        // 23:30Z on 8 Dec is already 9 Dec in Kolkata (+05:30).
        var kolkata = Acme with { TimeZone = "Asia/Kolkata" };

        Assert.Equal(new DateOnly(2025, 12, 10), SnoozePolicy.Until(kolkata, SnoozeOption.Tomorrow, new DateTimeOffset(2025, 12, 8, 23, 30, 0, TimeSpan.Zero), Given.Settings));
    }

    [Fact]
    public void Until_ChosenDatePastTheDueDate_IsTheDueDate()
    {
        Assert.Equal(Acme.DueDate, SnoozePolicy.Until(Acme, SnoozeOption.UntilDate, Given.Berlin(12, 8, 10), Given.Settings, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Until_ChosenDateInThePast_IsTomorrow()
    {
        Assert.Equal(new DateOnly(2025, 12, 9), SnoozePolicy.Until(Acme, SnoozeOption.UntilDate, Given.Berlin(12, 8, 10), Given.Settings, new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void Until_LaterOnTheDayBeforeTheDueDate_IsTheDueDate()
    {
        Assert.Equal(Acme.DueDate, SnoozePolicy.Until(Acme, SnoozeOption.Later, Given.Berlin(12, 18, 10), Given.Settings));
    }

    [Fact]
    public void Until_DateChoiceWithoutDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => SnoozePolicy.Until(Acme, SnoozeOption.UntilDate, Given.Berlin(12, 8, 10), Given.Settings));
    }
}
