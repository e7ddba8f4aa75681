namespace StatusBot.Core.Slips;

/// <summary>What started a slip conversation.</summary>
public enum SlipStartReason
{
    /// <summary>The owner answered a check-in with "slipping".</summary>
    SlippingAnswer,

    /// <summary>The owner typed <c>/slip</c> (or the Teams command).</summary>
    Command,

    /// <summary>The due date passed silently and the owner took up the prompt to send a late notice.</summary>
    MissedSilently,
}
