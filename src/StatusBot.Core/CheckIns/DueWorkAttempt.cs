namespace StatusBot.Core.CheckIns;

/// <summary>What the caller knows of earlier attempts at a commitment's due work: it decides how each message is sent.</summary>
public enum DueWorkAttempt
{
    /// <summary>Nothing is known: each message is looked for in the sent-message log first, and not sent again if found.</summary>
    Unknown,

    /// <summary>
    /// The caller holds the commitment and nobody held it before without finishing: whatever its record does not show was
    /// never sent, so each message goes straight out (its receipt is still kept).
    /// </summary>
    First,

    /// <summary>
    /// Someone took this work before and died or gave up: each message is looked for in the log and on the platform, and
    /// sent only when it is found in neither.
    /// </summary>
    Resumed,
}
