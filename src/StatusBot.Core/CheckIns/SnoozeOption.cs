namespace StatusBot.Core.CheckIns;

/// <summary>The snooze choices offered with a check-in.</summary>
public enum SnoozeOption
{
    /// <summary>Ask again tomorrow.</summary>
    Tomorrow,

    /// <summary>Ask again in <see cref="CheckInSettings.SnoozeLaterDays"/> days (3 by default).</summary>
    Later,

    /// <summary>Ask again on a date the owner picks.</summary>
    UntilDate,
}
