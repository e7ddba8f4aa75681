namespace StatusBot.Core.CheckIns;

/// <summary>What an owner can answer to a check-in.</summary>
public enum CheckInAnswer
{
    /// <summary>It will be delivered on the date.</summary>
    OnTrack,

    /// <summary>It may slip; check in again sooner.</summary>
    AtRisk,

    /// <summary>It will slip: start the warning to the customer.</summary>
    Slipping,

    /// <summary>It is delivered: close it.</summary>
    Delivered,

    /// <summary>Ask again later.</summary>
    Snooze,
}
