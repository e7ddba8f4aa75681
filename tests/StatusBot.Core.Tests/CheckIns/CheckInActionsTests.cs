using StatusBot.Core.CheckIns;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class CheckInActionsTests
{
    [Theory]
    [InlineData(CheckInAnswer.OnTrack, "c1|ontrack")]
    [InlineData(CheckInAnswer.AtRisk, "c1|atrisk")]
    [InlineData(CheckInAnswer.Slipping, "c1|slipping")]
    [InlineData(CheckInAnswer.Delivered, "c1|delivered")]
    [InlineData(CheckInAnswer.Snooze, "c1|snooze")]
    public void AnswerValue_ReadsBackAsTheSameAnswer(CheckInAnswer answer, string value)
    {
        Assert.Equal(value, CheckInActions.AnswerValue("c1", answer));
        Assert.True(CheckInActions.TryReadAnswer(value, out var id, out var read));
        Assert.Equal(("c1", answer), (id, read));
    }

    [Theory]
    [InlineData("c1")]
    [InlineData("c1|")]
    [InlineData("c1|maybe")]
    [InlineData("c1|1")]
    [InlineData("c1|OnTrack")]
    public void TryReadAnswer_AnythingElse_IsNoAnswer(string value) => Assert.False(CheckInActions.TryReadAnswer(value, out _, out _));

    [Fact]
    public void SnoozeValue_ReadsBackTheThreeChoices()
    {
        Assert.True(CheckInActions.TryReadSnooze(CheckInActions.SnoozeValue("c1", SnoozeOption.Later), out var id, out var option));
        Assert.Equal(("c1", SnoozeOption.Later), (id, option));
        Assert.True(CheckInActions.TryReadSnooze("c1|untildate", out _, out var until));
        Assert.Equal(SnoozeOption.UntilDate, until);
        Assert.False(CheckInActions.TryReadSnooze("c1|never", out _, out _));
    }
}
