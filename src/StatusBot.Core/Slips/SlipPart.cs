namespace StatusBot.Core.Slips;

/// <summary>The parts of an early warning, in the order the customer reads them.</summary>
public enum SlipPart
{
    /// <summary>What happened: the facts, plainly.</summary>
    Facts,

    /// <summary>Why it happened: the context the customer needs to understand it.</summary>
    Context,

    /// <summary>What the delay means for the customer.</summary>
    Impact,

    /// <summary>What we are doing about it, including any interim workaround.</summary>
    Plan,

    /// <summary>What we need from the customer, or an invitation to respond.</summary>
    Ask,
}
