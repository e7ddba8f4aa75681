using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using static StatusBot.Core.Tests.Digests.DigestGiven;

namespace StatusBot.Core.Tests.Digests;

public sealed class DigestCannotReachTests
{
    private const string Problem = "invite @StatusBot to the channel C_PROJECT (/invite @StatusBot).";

    private static CommitmentEvent Unreachable(DateTimeOffset at, string role, string address = "C_PROJECT") => Event(
        CommitmentEventKind.Unreachable, at,
        (ReachEvents.Address, address), (ReachEvents.Role, role), (ReachEvents.Code, "not_in_channel"), (ReachEvents.Reason, Problem));

    private static Digest Build(Commitment commitment, params CommitmentEvent[] history) =>
        DigestBuilder.Build([commitment], new Dictionary<string, IReadOnlyList<CommitmentEvent>> { [commitment.Id] = history }, LastWeek, Now);

    [Fact]
    public void Build_UnreachableNotHealed_IsListedFirstWithTheReason()
    {
        var digest = Build(Commitment("a", health: Health.Slipping), Unreachable(Now.AddDays(-20), ReachEvents.RoleChannel));

        var section = digest.Sections[0];
        Assert.Equal(DigestSectionKind.CannotReach, section.Kind);
        Assert.Equal(Problem, Assert.Single(section.Lines).ReachProblem);
        Assert.Single(digest.Sections); // listed once, in the most urgent section
    }

    [Fact]
    public void Build_UnreachableThenASendToTheSameRole_IsNoLongerListed()
    {
        var digest = Build(Commitment("a"), Unreachable(Now.AddDays(-2), ReachEvents.RoleChannel), Event(CommitmentEventKind.Escalated, Now.AddDays(-1)));

        Assert.DoesNotContain(digest.Sections, s => s.Kind == DigestSectionKind.CannotReach);
    }

    [Fact]
    public void Build_UnreachableChannelThenACheckInToTheOwner_IsStillListed()
    {
        var digest = Build(Commitment("a"), Unreachable(Now.AddDays(-2), ReachEvents.RoleChannel), Event(CommitmentEventKind.CheckInSent, Now.AddDays(-1)));

        Assert.Equal(DigestSectionKind.CannotReach, Assert.Single(digest.Sections).Kind);
    }

    [Fact]
    public void Build_UnreachableButDelivered_IsNotListed()
    {
        var digest = Build(Commitment("a", status: CommitmentStatus.Delivered), Unreachable(Now.AddDays(-2), ReachEvents.RoleOwner, "U_OWNER"));

        Assert.Empty(digest.Sections);
    }

    [Fact]
    public void ToChatMessage_CannotReach_HasItsHeadingAndTheReasonOnTheLine()
    {
        var message = DigestMessages.ToChatMessage(Build(Commitment("a", title: "Pilot"), Unreachable(Now.AddDays(-2), ReachEvents.RoleChannel)), 50, "/digest all");

        Assert.Contains("Cannot reach: fix these first", message.Text, StringComparison.Ordinal);
        Assert.Contains("Pilot for Acme (owner U_OWNER): due ", message.Text, StringComparison.Ordinal);
        Assert.Contains("; " + Problem, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenProblem_LatestOfSeveral_IsTheOneThatCounts()
    {
        var history = new[]
        {
            Unreachable(Now.AddDays(-5), ReachEvents.RoleOwner, "U_OWNER"),
            Event(CommitmentEventKind.CheckInSent, Now.AddDays(-4)),
            Unreachable(Now.AddDays(-3), ReachEvents.RoleChannel),
        };

        Assert.Equal("C_PROJECT", ReachEvents.OpenProblem(history)!.Data[ReachEvents.Address]);
        Assert.Null(ReachEvents.OpenProblem(history[..2]));
    }
}
