namespace StatusBot.Core.Commitments;

/// <summary>How the owner last said the commitment is doing.</summary>
public enum Health
{
    /// <summary>No answer yet.</summary>
    Unknown,

    /// <summary>The owner expects to meet the due date.</summary>
    OnTrack,

    /// <summary>The owner is worried; checked again sooner.</summary>
    AtRisk,

    /// <summary>The due date will not be met; the customer should be warned.</summary>
    Slipping,
}
