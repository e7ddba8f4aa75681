namespace StatusBot.Core.Commitments;

/// <summary>The customer's one-click reply to an early warning.</summary>
public enum CustomerAnswer
{
    /// <summary>The new date works for them.</summary>
    DateWorks,

    /// <summary>They need it sooner than the new date.</summary>
    Sooner,

    /// <summary>They want to talk about it.</summary>
    Talk,
}
