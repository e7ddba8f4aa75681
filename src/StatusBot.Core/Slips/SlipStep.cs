namespace StatusBot.Core.Slips;

/// <summary>Where a slip conversation stands.</summary>
public enum SlipStep
{
    /// <summary>Choosing the new date.</summary>
    NewDate,

    /// <summary>Writing the parts of the message.</summary>
    Message,

    /// <summary>Reading the composed warning and the tone check's findings; edit or send.</summary>
    Preview,

    /// <summary>Waiting for the approver (see <see cref="SlipState.Approval"/>).</summary>
    AwaitingApproval,

    /// <summary>The warning is being delivered under <see cref="SlipState.IdempotencyKey"/>; a retry re-uses the key.</summary>
    Sending,

    /// <summary>The customer has the warning; the due date has moved.</summary>
    Sent,

    /// <summary>The owner discarded the draft; the customer was not told.</summary>
    Cancelled,
}
