using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

public sealed class CheckInTextsTests
{
    private static readonly Commitment Acme = Given.Commitment(new DateOnly(2025, 12, 19), Given.Berlin(11, 3, 9));

    [Fact]
    public void Question_FiveDaysOut_NamesDateAndDistance()
    {
        Assert.Equal("Is Pilot rollout (due Fri 19 Dec, in 5 days) on track?", CheckInTexts.Question(Acme, Given.Settings, Given.Berlin(12, 14, 10)));
    }

    [Fact]
    public void Question_DueToday_SaysToday()
    {
        Assert.Contains("(due Fri 19 Dec, today)", CheckInTexts.Question(Acme, Given.Settings, Given.Berlin(12, 19, 10)), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_NextYear_ShowsTheYear()
    {
        var january = Acme with { DueDate = new DateOnly(2026, 1, 9) };

        Assert.Contains("due Fri 9 Jan 2026", CheckInTexts.Question(january, Given.Settings, Given.Berlin(12, 14, 10)), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_WithNoticePeriod_NamesTheLastResponsibleDay()
    {
        var text = CheckInTexts.Question(Acme with { NoticeDays = 5 }, Given.Settings, Given.Berlin(12, 8, 10));

        Assert.Equal("Is Pilot rollout (due Fri 19 Dec, in 11 days) on track? If it will slip, tell Acme by Fri 12 Dec to respect their 5-day notice.", text);
    }

    [Fact]
    public void Question_NoticePeriodBegun_SaysTellThemToday()
    {
        var text = CheckInTexts.Question(Acme with { NoticeDays = 5 }, Given.Settings, Given.Berlin(12, 15, 10));

        Assert.EndsWith("Acme's 5-day notice began after Fri 12 Dec: if it will slip, tell them today.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_NamesTheCommitment()
    {
        Assert.StartsWith("Reminder: is Pilot rollout (due Fri 19 Dec, in 2 days) on track?", CheckInTexts.Reminder(Acme, Given.Settings, Given.Berlin(12, 17, 14)), StringComparison.Ordinal);
    }

    [Fact]
    public void Escalation_WithManager_NamesOwnerCommitmentDaysLeftAndManager()
    {
        var text = CheckInTexts.Escalation(Acme, EscalationTriggers.RepeatedSilence, Given.Settings, Given.Berlin(12, 17, 10), "U_BOSS");

        Assert.Equal("U_OWNER has not answered the last 2 check-ins about Pilot rollout for Acme (due Fri 19 Dec, in 2 days). Manager: U_BOSS.", text);
    }

    [Fact]
    public void Escalation_NearDueDateWithoutManager_SaysSo()
    {
        var text = CheckInTexts.Escalation(Acme, EscalationTriggers.SilenceNearDueDate, Given.Settings, Given.Berlin(12, 17, 10));

        Assert.Equal("U_OWNER has not answered the latest check-in about Pilot rollout for Acme (due Fri 19 Dec, in 2 days), with the due date this close.", text);
    }

    [Fact]
    public void NoticePeriodPassed_NamesCustomerDayOwnerAndHealth()
    {
        var text = CheckInTexts.NoticePeriodPassed(Acme with { NoticeDays = 5, Health = Health.AtRisk }, Given.Settings, Given.Berlin(12, 12, 17), "U_BOSS");

        Assert.Equal("Acme needed 5 working days' notice for Pilot rollout (due Fri 19 Dec, in 7 days); the last day to warn them was Fri 12 Dec, and it is at risk. Owner: U_OWNER. Manager: U_BOSS.", text);
    }

    [Fact]
    public void MissedSilently_OwnerAndChannel_NameTheDueDate()
    {
        var now = Given.Berlin(12, 20, 0);

        Assert.StartsWith("Pilot rollout for Acme was due Fri 19 Dec and has passed with no delivery and no warning. Send Acme a late notice now", CheckInTexts.MissedSilentlyOwner(Acme, Given.Settings, now), StringComparison.Ordinal);
        Assert.StartsWith("Pilot rollout for Acme (owner U_OWNER) was due Fri 19 Dec and was missed silently", CheckInTexts.MissedSilentlyChannel(Acme, Given.Settings, now), StringComparison.Ordinal);
    }

    [Fact]
    public void Question_TitleWithMarkup_IsLeftForTheAdapterToEscape()
    {
        Assert.StartsWith("Is <!channel> & co (", CheckInTexts.Question(Acme with { Title = "<!channel> & co" }, Given.Settings, Given.Berlin(12, 14, 10)), StringComparison.Ordinal);
    }
}
