namespace StatusBot.Scheduling;

/// <summary>The <c>Scheduler</c> configuration section: how often the host looks for due check-in work, and how much it does at once.</summary>
public sealed class SchedulerOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Scheduler";

    /// <summary>Whether this host does scheduled work. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the scheduler sleeps between looks. Default: 15 seconds.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>At most this many wake-ups are done in one look. Default: 200.</summary>
    public int MaxPerTick { get; set; } = 200;

    /// <summary>
    /// At most this many wake-ups are worked on at once; each platform client still paces its messages (per channel,
    /// per conversation, per tenant), so this only bounds how many wait on the platform together. Default: 32.
    /// </summary>
    public int Parallelism { get; set; } = 32;
}
