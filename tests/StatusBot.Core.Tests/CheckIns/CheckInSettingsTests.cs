using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class CheckInSettingsTests
{
    [Fact]
    public void Problems_Defaults_None()
    {
        Assert.Empty(CheckInSettings.Default.Problems());
        Assert.Equal(5, CheckInSettings.Default.WorkingDays.Count);
    }

    [Fact]
    public void Problems_CheckInBeforeTheWorkingDay_NamesIt()
    {
        var problems = (CheckInSettings.Default with { CheckInTime = new TimeOnly(7, 0) }).Problems();

        Assert.Contains(problems, p => p.StartsWith("CheckInTime (07:00)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(16, 0, 8, 0)] // quiet hours start inside the working day
    [InlineData(12, 0, 13, 0)] // a lunchtime quiet hour
    [InlineData(22, 0, 10, 0)] // quiet until after the working day starts
    public void Problems_QuietHoursOverlapTheWorkingDay_NamesThem(int startHour, int startMinute, int endHour, int endMinute)
    {
        var settings = CheckInSettings.Default with { QuietHoursStart = new TimeOnly(startHour, startMinute), QuietHoursEnd = new TimeOnly(endHour, endMinute) };

        Assert.Contains("Quiet hours must not overlap the working day.", settings.Problems());
    }

    [Fact]
    public void Errors_NameTheSettingEachProblemConcerns()
    {
        var settings = CheckInSettings.Default with { CheckInTime = new TimeOnly(7, 0), NearIntervalDays = 0, FarThresholdDays = 3 };

        var errors = settings.Errors();

        Assert.Equal(["checkInTime", "nearIntervalDays", "farThresholdDays"], errors.Select(e => e.Field));
        Assert.Equal(errors.Select(e => e.Message), settings.Problems());
        Assert.Contains("FarThresholdDays (3) must be at least FinalThresholdDays (7).", settings.Problems());
    }

    [Fact]
    public void IsQuiet_AcrossMidnight_CoversBothSides()
    {
        Assert.True(CheckInSettings.Default.IsQuiet(new TimeOnly(23, 0)));
        Assert.True(CheckInSettings.Default.IsQuiet(new TimeOnly(7, 59)));
        Assert.False(CheckInSettings.Default.IsQuiet(new TimeOnly(8, 0)));
        Assert.False(CheckInSettings.Default.IsQuiet(new TimeOnly(18, 59)));
    }

    [Fact]
    public void ThrowIfInvalid_ReminderAfterUnansweredThreshold_Throws()
    {
        var settings = CheckInSettings.Default with { ReminderDelay = TimeSpan.FromHours(10) };

        Assert.Throws<ArgumentException>(settings.ThrowIfInvalid);
    }
}
