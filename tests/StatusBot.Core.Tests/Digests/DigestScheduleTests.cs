using StatusBot.Core.Chat;
using StatusBot.Core.Digests;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("daily 09:00", DigestFrequency.Daily, null, "0 9 * * *")]
    [InlineData("weekly monday 9:30", DigestFrequency.Weekly, DayOfWeek.Monday, "30 9 * * 1")]
    [InlineData("  Weekly   FRIDAY 17:05 ", DigestFrequency.Weekly, DayOfWeek.Friday, "5 17 * * 5")]
    [InlineData("weekly sunday 00:00", DigestFrequency.Weekly, DayOfWeek.Sunday, "0 0 * * 0")]
    public void Parse_TheCommandsWords_MakesTheScheduleAndItsCron(string text, DigestFrequency frequency, DayOfWeek? day, string cron)
    {
        var schedule = DigestSchedule.Parse(WorkspaceId.Playground, "C1", text, "Europe/Berlin").Value!;

        Assert.Equal((frequency, day, cron), (schedule.Frequency, schedule.Day, schedule.Cron));
        Assert.Equal(frequency == DigestFrequency.Weekly ? 7 : 1, schedule.PeriodDays);
    }

    [Theory]
    [InlineData("", "schedule")]
    [InlineData("hourly 09:00", "schedule")]
    [InlineData("weekly 09:00", "schedule")]
    [InlineData("weekly 1 09:00", "schedule")]
    [InlineData("daily 25:00", "time")]
    [InlineData("daily nine", "time")]
    public void Parse_WordsItCannotRead_SaysWhatToType(string text, string field)
    {
        var result = DigestSchedule.Parse(WorkspaceId.Playground, "C1", text, "Europe/Berlin");

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData("daily 09:00 America/New_York", "America/New_York", "daily 09:00 (America/New_York)")]
    [InlineData("weekly monday 09:00 Asia/Tokyo", "Asia/Tokyo", "weekly monday 09:00 (Asia/Tokyo)")]
    [InlineData("weekly monday 09:00", "Europe/Berlin", "weekly monday 09:00 (Europe/Berlin)")]
    public void Parse_AZoneAfterTheTime_OverridesTheDefault(string text, string zone, string shown)
    {
        var schedule = DigestSchedule.Parse(WorkspaceId.Playground, "C1", text, "Europe/Berlin").Value!;

        Assert.Equal((zone, shown), (schedule.TimeZone, schedule.ToString()));
    }

    [Fact]
    public void Parse_ATypedZoneThatIsNotIana_IsRefusedNamingIt()
    {
        var error = Assert.Single(DigestSchedule.Parse(WorkspaceId.Playground, "C1", "daily 09:00 Berlin", "UTC").Errors);

        Assert.Equal("timeZone", error.Field);
        Assert.Contains("'Berlin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotAnIanaZone_IsRefused()
    {
        Assert.Equal("timeZone", Assert.Single(DigestSchedule.Parse(WorkspaceId.Playground, "C1", "daily 09:00", "Berlin").Errors).Field);
    }

    [Fact]
    public void ToString_ReadsBackAsTheSameSchedule()
    {
        var schedule = DigestSchedule.Parse(WorkspaceId.Playground, "C1", "weekly tuesday 08:15", "Asia/Kolkata").Value!;

        var words = schedule.ToString();

        Assert.Equal("weekly tuesday 08:15 (Asia/Kolkata)", words);
        Assert.Equal(schedule, DigestSchedule.Parse(WorkspaceId.Playground, "C1", words[..words.IndexOf('(', StringComparison.Ordinal)], "Asia/Kolkata").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("C0 456")]
    public void Parse_NoChannelOrOneWithSpaces_IsRefusedNamingTheChannel(string channel)
    {
        var error = Assert.Single(DigestSchedule.Parse(WorkspaceId.Playground, channel, "daily 09:00", "UTC").Errors);

        Assert.Equal("channel", error.Field);
        Assert.Contains("by its id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AChannelWithSpaceAround_KeepsItTrimmed() =>
        Assert.Equal("C1", DigestSchedule.Parse(WorkspaceId.Playground, " C1 ", "daily 09:00", "UTC").Value!.Channel);
}
