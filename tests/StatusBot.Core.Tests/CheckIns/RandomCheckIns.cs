using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

/// <summary>Seeded random commitments, states, settings and clocks for the property tests.</summary>
internal sealed class RandomCheckIns(int seed)
{
    public static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "America/Santiago"];

    /// <summary>A working week of Sunday to Thursday, a shifted working day, and an early check-in.</summary>
    public static readonly CheckInSettings Variant = CheckInSettings.Default with
    {
        WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday },
        WorkdayStart = new TimeOnly(8, 30),
        WorkdayEnd = new TimeOnly(16, 30),
        CheckInTime = new TimeOnly(9, 0),
        QuietHoursStart = new TimeOnly(21, 0),
        QuietHoursEnd = new TimeOnly(7, 0),
    };

    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Random Random { get; } = new(seed);

    public CheckInSettings Settings() => Random.Next(4) == 0 ? Variant : CheckInSettings.Default;

    /// <summary>An open commitment created some time in 2025-2026 (across every DST change), due 0 to 70 days later.</summary>
    public Commitment Commitment(Health? health = null)
    {
        var zone = Zones[Random.Next(Zones.Length)];
        var created = Start.AddMinutes(Random.Next(2 * 365 * 24 * 60));
        var today = Given.Calendar(zone).LocalDate(created);
        return Given.Commitment(today.AddDays(Random.Next(71)), created, zone, Random.Next(3) == 0 ? null : Random.Next(11)) with
        {
            Health = health ?? (Health)Random.Next(4),
        };
    }

    /// <summary>An instant from creation to three days past the due date.</summary>
    public DateTimeOffset Between(Commitment commitment)
    {
        var end = Given.Calendar(commitment.TimeZone).EndOfDay(commitment.DueDate).AddDays(3);
        return commitment.CreatedAt.AddMinutes(Random.NextInt64((long)(end - commitment.CreatedAt).TotalMinutes));
    }

    /// <summary>Any state the scheduler could hold for <paramref name="commitment"/> at <paramref name="now"/>.</summary>
    public CheckInState State(Commitment commitment, DateTimeOffset now)
    {
        var state = CheckInState.Initial;
        if (Random.Next(4) > 0)
        {
            var sent = commitment.CreatedAt.AddMinutes(Random.NextInt64((long)Math.Max(1, (now - commitment.CreatedAt).TotalMinutes)));
            state = state.OnCheckInSent(sent) with { UnansweredInARow = Random.Next(4), ReminderSent = Random.Next(2) == 0 };
            state = Random.Next(3) switch
            {
                0 => state.OnAnswered(sent.AddMinutes(Random.Next(600))),
                1 => state.OnSnoozed(commitment.DueDate.AddDays(Random.Next(-20, 3)), sent),
                _ => state,
            };
        }

        return state with
        {
            SilenceEscalated = (EscalationTriggers)Random.Next(4),
            MissedSilentlyFor = Random.Next(3) == 0 ? commitment.DueDate : null,
        };
    }

    /// <summary>Runs the planner forward from creation, doing each piece of work when due, until none is left.</summary>
    public static List<(CheckInWork Work, CheckInState Before)> Simulate(Commitment commitment, CheckInSettings settings, Func<Commitment, CheckInWork, Commitment>? answer = null)
    {
        var done = new List<(CheckInWork, CheckInState)>();
        var state = CheckInState.Initial;
        var now = commitment.CreatedAt;
        while (CheckInPlanner.Next(commitment, state, settings, now) is { } work)
        {
            Assert.True(done.Count < 1000, $"The planner does not come to an end for {commitment}.");
            now = work.At > now ? work.At : now;
            done.Add((work, state));
            state = state.After(work, now);
            if (work.Kind == CheckInWorkKind.CheckIn && answer is not null)
            {
                now = now.AddMinutes(1);
                commitment = answer(commitment, work);
                state = state.OnAnswered(now);
            }
        }

        return done;
    }
}
