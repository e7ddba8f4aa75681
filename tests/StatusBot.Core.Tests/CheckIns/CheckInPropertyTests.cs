using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

/// <summary>Rules that hold for thousands of seeded random commitments, states and clocks.</summary>
public sealed class CheckInPropertyTests
{
    private const int Runs = 3000;

    [Fact]
    public void Pending_AnyCommitmentStateAndClock_MessagesOwnerOnlyOnWorkingDaysOutsideQuietHoursAndBeforeTheDueDateEnds()
    {
        var random = new RandomCheckIns(1);
        for (var run = 0; run < Runs; run++)
        {
            var settings = random.Settings();
            var commitment = random.Commitment();
            var now = random.Between(commitment);
            var state = random.State(commitment, now);
            var calendar = Given.Calendar(commitment.TimeZone, settings);
            var dueEnd = calendar.EndOfDay(commitment.DueDate);
            foreach (var work in CheckInPlanner.Pending(commitment, state, settings, now))
            {
                var context = $"run {run}: {work} for {commitment.TimeZone} due {commitment.DueDate}, now {now:O}, {state}";
                Assert.True(now < dueEnd || work.Kind is CheckInWorkKind.MissedSilently or CheckInWorkKind.LateNoticePrompt, context);
                if (work.Kind is CheckInWorkKind.CheckIn or CheckInWorkKind.Reminder or CheckInWorkKind.LateNoticePrompt)
                {
                    Assert.True(work.At >= now, context);
                    Assert.True(calendar.IsWorkingDay(calendar.LocalDate(work.At)), context);
                    Assert.False(calendar.IsQuiet(work.At), context);
                    Assert.True(work.Kind == CheckInWorkKind.LateNoticePrompt ? work.At >= dueEnd : work.At < dueEnd, context);
                }
            }
        }
    }

    [Fact]
    public void Pending_DeliveredOrCancelled_IsEmpty()
    {
        var random = new RandomCheckIns(2);
        for (var run = 0; run < Runs; run++)
        {
            var commitment = random.Commitment() with { Status = random.Random.Next(2) == 0 ? CommitmentStatus.Delivered : CommitmentStatus.Cancelled };
            var now = random.Between(commitment);

            Assert.Empty(CheckInPlanner.Pending(commitment, random.State(commitment, now), random.Settings(), now));
        }
    }

    [Fact]
    public void Simulate_EveryCheckInAnsweredOnTrack_NeverLooserThanTheCadenceAndEndsOnTheDueDateMorning()
    {
        var random = new RandomCheckIns(3);
        for (var run = 0; run < Runs / 3; run++)
        {
            var settings = random.Settings();
            var commitment = random.Commitment(Health.OnTrack);
            var calendar = Given.Calendar(commitment.TimeZone, settings);
            var work = RandomCheckIns.Simulate(commitment, settings, (c, _) => c with { Health = Health.OnTrack }).Select(w => w.Work).ToList();
            var dates = work.Where(w => w.Kind == CheckInWorkKind.CheckIn).Select(w => calendar.LocalDate(w.At)).ToList();
            var context = $"run {run}: {commitment.TimeZone} created {commitment.CreatedAt:O} due {commitment.DueDate}: {string.Join(", ", dates)}";

            var previous = calendar.LocalDate(commitment.CreatedAt);
            foreach (var date in dates)
            {
                var daysLeft = commitment.DueDate.DayNumber - previous.DayNumber;
                var interval = daysLeft > settings.FarThresholdDays ? settings.FarIntervalDays
                    : daysLeft > settings.FinalThresholdDays ? settings.NearIntervalDays : settings.FinalIntervalDays;
                Assert.True(date > previous, context);
                Assert.True(date.DayNumber - previous.DayNumber <= interval + 2, context); // two days' weekend
                previous = date;
            }

            var lastDay = calendar.WorkingDayOnOrBefore(commitment.DueDate);
            if (lastDay > calendar.LocalDate(commitment.CreatedAt))
            {
                Assert.Equal(lastDay, dates[^1]);
            }

            Assert.Single(work, w => w.Kind == CheckInWorkKind.MissedSilently);
            Assert.Single(work, w => w.Kind == CheckInWorkKind.LateNoticePrompt);
            Assert.DoesNotContain(work, w => w.Kind is CheckInWorkKind.Reminder or CheckInWorkKind.Escalation or CheckInWorkKind.NoticePeriodPassed);
        }
    }

    [Fact]
    public void Simulate_EveryCheckInAnsweredAtRisk_ChecksAgainWithinTwoWorkingDays()
    {
        var random = new RandomCheckIns(4);
        for (var run = 0; run < Runs / 3; run++)
        {
            var settings = random.Settings();
            var commitment = random.Commitment(Health.AtRisk);
            var calendar = Given.Calendar(commitment.TimeZone, settings);
            var dates = RandomCheckIns.Simulate(commitment, settings, (c, _) => c)
                .Where(w => w.Work.Kind == CheckInWorkKind.CheckIn).Select(w => calendar.LocalDate(w.Work.At)).ToList();

            for (var i = 1; i < dates.Count; i++)
            {
                Assert.InRange(calendar.WorkingDaysBetween(dates[i - 1], dates[i]), 1, settings.AtRiskRecheckWorkingDays);
            }
        }
    }

    [Fact]
    public void Simulate_SilentOwner_RemindsOncePerCheckInAndEscalatesOncePerTrigger()
    {
        var random = new RandomCheckIns(5);
        for (var run = 0; run < Runs / 3; run++)
        {
            var settings = random.Settings();
            var commitment = random.Commitment((Health)random.Random.Next(3));
            var calendar = Given.Calendar(commitment.TimeZone, settings);
            var work = RandomCheckIns.Simulate(commitment, settings);
            var checkIns = work.Where(w => w.Work.Kind == CheckInWorkKind.CheckIn).Select(w => w.Work.At).ToList();
            var context = $"run {run}: {commitment.TimeZone} created {commitment.CreatedAt:O} due {commitment.DueDate} notice {commitment.NoticeDays} {commitment.Health}";

            Assert.All(work.Where(w => w.Work.Kind == CheckInWorkKind.Reminder), w => Assert.False(w.Before.ReminderSent, context));
            Assert.Equal(work.Count(w => w.Work.Kind == CheckInWorkKind.Reminder), work.Where(w => w.Work.Kind == CheckInWorkKind.Reminder).Select(w => w.Before.LastCheckInAt).Distinct().Count());

            var escalations = work.Where(w => w.Work.Kind == CheckInWorkKind.Escalation).Select(w => w.Work.Triggers).ToList();
            var nearDue = checkIns.Any(at => calendar.WorkingDaysBetween(calendar.LocalDate(at), commitment.DueDate) <= settings.EscalateWithinWorkingDays);
            Assert.True(escalations.Count(t => t.HasFlag(EscalationTriggers.RepeatedSilence)) == (checkIns.Count >= 2 ? 1 : 0), context);
            Assert.True(escalations.Count(t => t.HasFlag(EscalationTriggers.SilenceNearDueDate)) == (nearDue ? 1 : 0), context);

            var noticeDue = DeadlinePolicy.LastResponsibleDay(commitment, calendar) is { } day
                && calendar.ToInstant(day, settings.WorkdayEnd) > commitment.CreatedAt && commitment.Health != Health.OnTrack;
            Assert.True(work.Count(w => w.Work.Kind == CheckInWorkKind.NoticePeriodPassed) == (noticeDue ? 1 : 0), context);
            Assert.Single(work, w => w.Work.Kind == CheckInWorkKind.MissedSilently);
            Assert.Equal([CheckInWorkKind.MissedSilently, CheckInWorkKind.LateNoticePrompt], work[^2..].Select(w => w.Work.Kind));
        }
    }

    [Fact]
    public void Snooze_AnyChoice_NeverPastTheDueDateAndNoCheckInAfterIt()
    {
        var random = new RandomCheckIns(6);
        for (var run = 0; run < Runs; run++)
        {
            var settings = random.Settings();
            var commitment = random.Commitment();
            var calendar = Given.Calendar(commitment.TimeZone, settings);
            var now = commitment.CreatedAt.AddMinutes(random.Random.NextInt64((long)(calendar.EndOfDay(commitment.DueDate) - commitment.CreatedAt).TotalMinutes));
            var option = (SnoozeOption)random.Random.Next(3);
            var chosen = calendar.LocalDate(now).AddDays(random.Random.Next(-5, 90));

            var until = SnoozePolicy.Until(commitment, option, now, settings, chosen);
            var next = CadencePolicy.Next(commitment, CheckInState.Initial.OnCheckInSent(now).OnSnoozed(until, now), settings, now);

            var context = $"run {run}: {option} {chosen} -> {until}, due {commitment.DueDate}, now {now:O}";
            Assert.True(until <= commitment.DueDate, context);
            Assert.True(until > calendar.LocalDate(now) || until == commitment.DueDate, context);
            Assert.True(next is null || calendar.LocalDate(next.At) <= commitment.DueDate, context);
        }
    }
}
