using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

/// <summary>A scheduler's loop over a fake clock: plan, wait until due, do the work, apply it, plan again.</summary>
public sealed class CheckInJourneyTests
{
    private static readonly WorkingCalendar Berlin = Given.Calendar("Europe/Berlin");

    [Fact]
    public void Owner_who_stays_silent_in_the_last_week_is_reminded_then_escalated_then_missed_silently()
    {
        var clock = new FakeTimeProvider(Given.Berlin(12, 15, 9));
        var commitment = Given.Commitment(new DateOnly(2025, 12, 19), clock.GetUtcNow());

        var log = Run(clock, commitment, answer: null);

        Assert.Equal(
        [
            "Tue 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, in 3 days) on track?",
            "Tue 14:00 Reminder",
            "Wed 10:00 Escalation SilenceNearDueDate",
            "Wed 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, in 2 days) on track?",
            "Wed 14:00 Reminder",
            "Thu 10:00 Escalation RepeatedSilence",
            "Thu 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, tomorrow) on track?",
            "Thu 14:00 Reminder",
            "Fri 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, today) on track?",
            "Fri 14:00 Reminder",
            "Sat 00:00 MissedSilently",
            "Mon 09:00 LateNoticePrompt",
        ], log);
    }

    [Fact]
    public void Owner_who_answers_at_risk_far_out_is_asked_again_two_working_days_later_then_weekly_once_on_track()
    {
        var clock = new FakeTimeProvider(Given.Berlin(10, 31, 16));
        var commitment = Given.Commitment(new DateOnly(2025, 12, 19), clock.GetUtcNow());
        var answers = new Queue<Health>([Health.AtRisk, Health.OnTrack, Health.OnTrack]);

        var log = Run(clock, commitment, c => answers.Count > 0 ? c with { Health = answers.Dequeue() } : null).Take(3);

        Assert.Equal(
        [
            "Fri 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, in 42 days) on track?",
            "Tue 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, in 38 days) on track?",
            "Tue 10:00 CheckIn: Is Pilot rollout (due Fri 19 Dec, in 31 days) on track?",
        ], log);
    }

    private static List<string> Run(FakeTimeProvider clock, Commitment commitment, Func<Commitment, Commitment?>? answer)
    {
        var log = new List<string>();
        var state = CheckInState.Initial;
        while (log.Count < 50 && CheckInPlanner.Next(commitment, state, Given.Settings, clock.GetUtcNow()) is { } work)
        {
            if (work.At > clock.GetUtcNow())
            {
                clock.SetUtcNow(work.At);
            }

            var now = clock.GetUtcNow();
            log.Add(string.Create(CultureInfo.InvariantCulture, $"{Berlin.Local(now):ddd HH:mm} {work.Kind}") + work.Kind switch
            {
                CheckInWorkKind.CheckIn => ": " + CheckInTexts.Question(commitment, Given.Settings, now),
                CheckInWorkKind.Escalation => " " + work.Triggers,
                _ => string.Empty,
            });
            state = state.After(work, now);
            if (work.Kind == CheckInWorkKind.CheckIn && answer?.Invoke(commitment) is { } answered)
            {
                clock.Advance(TimeSpan.FromMinutes(10));
                commitment = answered with { HealthSince = clock.GetUtcNow() };
                state = state.OnAnswered(clock.GetUtcNow());
            }
        }

        return log;
    }
}
