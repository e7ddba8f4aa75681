using StatusBot.Core.Commitments;
using StatusBot.Core.Insights;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Insights;

public sealed class CalibrationTests
{
    private static CommitmentEvent OnTrack(DateTimeOffset at) => Event(CommitmentEventKind.Answered, at, ("health", "OnTrack"));

    private static CommitmentEvent CheckIn(DateTimeOffset at) => Event(CommitmentEventKind.CheckInSent, at);

    [Fact]
    public void For_OnTrackThenDeliveredOnTime_IsRight_AndOnTrackThenWarned_IsWrong()
    {
        var due = Today.AddDays(20);
        var histories = Histories(
            ("kept", [Created(Now.AddDays(-60), due), CheckIn(Now.AddDays(-30)), OnTrack(Now.AddDays(-30)), Event(CommitmentEventKind.Delivered, Now)]),
            ("slipped", [Created(Now.AddDays(-60), due), CheckIn(Now.AddDays(-30)), OnTrack(Now.AddDays(-29)), CheckIn(Now.AddDays(-20)), Warning(Now.AddDays(-10), 3, due, due.AddDays(14))]));

        var owner = Assert.Single(Calibration.For([Commitment("kept"), Commitment("slipped")], histories));

        Assert.Equal("U_OWNER", owner.Owner);
        Assert.Equal(2, owner.OnTrackJudged);
        Assert.Equal(1, owner.OnTrackRight);
        Assert.Equal(0.5, owner.Score);
        Assert.Equal(3, owner.CheckInsSent);
        Assert.Equal(2.0 / 3, owner.ResponseRate);
    }

    [Fact]
    public void For_OpenCancelledOrAtRisk_JudgesNothing()
    {
        var histories = Histories(
            ("open", [Created(Now.AddDays(-60)), OnTrack(Now.AddDays(-30))]),
            ("cancelled", [Created(Now.AddDays(-60)), OnTrack(Now.AddDays(-30)), Event(CommitmentEventKind.Cancelled, Now)]),
            ("risky", [Created(Now.AddDays(-60)), Event(CommitmentEventKind.Answered, Now.AddDays(-30), ("health", "AtRisk")), Event(CommitmentEventKind.MissedSilently, Now)]));

        var owner = Assert.Single(Calibration.For([Commitment("open"), Commitment("cancelled"), Commitment("risky")], histories));

        Assert.Equal(0, owner.OnTrackJudged);
        Assert.Null(owner.Score);
        Assert.Null(owner.ResponseRate);
    }

    [Fact]
    public void For_DeliveredAfterTheDateItWasOnTrackFor_IsWrong()
    {
        var due = Today.AddDays(-5);
        var histories = Histories(("late", [Created(Now.AddDays(-60), due), OnTrack(Now.AddDays(-30)), Event(CommitmentEventKind.Delivered, Now)]));

        var owner = Assert.Single(Calibration.For([Commitment("late", dueInDays: -5)], histories));

        Assert.Equal((1, 0), (owner.OnTrackJudged, owner.OnTrackRight));
    }
}
