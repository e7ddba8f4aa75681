namespace StatusBot.Core.Slips;

/// <summary>The action and input ids of the slip conversation, which adapters hand back to Core. Every action's value is the commitment id.</summary>
public static class SlipActions
{
    /// <summary>Submit the date step (<see cref="NewDateSubmitted"/>).</summary>
    public const string SubmitDate = "slip.date";

    /// <summary>Submit the message step (<see cref="PartsSubmitted"/>).</summary>
    public const string SubmitParts = "slip.parts";

    /// <summary>Back one step (<see cref="SlipBack"/>).</summary>
    public const string Back = "slip.back";

    /// <summary>Discard the draft (<see cref="SlipCancel"/>).</summary>
    public const string Cancel = "slip.cancel";

    /// <summary>Send, or ask for approval (<see cref="SlipSend"/>).</summary>
    public const string Send = "slip.send";

    /// <summary>Reopen the draft where it was left (<see cref="SlipResume"/>).</summary>
    public const string Resume = "slip.resume";

    /// <summary>The approver approves (<see cref="ApproverApproved"/>).</summary>
    public const string Approve = "slip.approve";

    /// <summary>The approver asks for changes (<see cref="ApproverRequestedChanges"/>), with the note input's value.</summary>
    public const string RequestChanges = "slip.changes";

    /// <summary>The id of the date input.</summary>
    public const string NewDateInput = "newDate";

    /// <summary>The id of the approver's note input.</summary>
    public const string ChangesNoteInput = "changesNote";
}
