namespace StatusBot.Core.Commitments;

/// <summary>Why an owner's silence was raised in the project channel; each is raised once per silence.</summary>
[Flags]
public enum EscalationTriggers
{
    /// <summary>Nothing to raise.</summary>
    None = 0,

    /// <summary>Several check-ins in a row went unanswered.</summary>
    RepeatedSilence = 1,

    /// <summary>A check-in close to the due date went unanswered.</summary>
    SilenceNearDueDate = 2,
}
