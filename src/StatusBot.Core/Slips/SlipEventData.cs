using System.Globalization;

namespace StatusBot.Core.Slips;

/// <summary>
/// The keys of the data the slip conversation writes into a commitment's history, and reads back for
/// re-plan advice. Dates are <c>yyyy-MM-dd</c>; numbers use the invariant culture.
/// </summary>
public static class SlipEventData
{
    /// <summary>On DueDateMoved and WarningSent: the due date before the move.</summary>
    public const string OldDueDate = "oldDueDate";

    /// <summary>On DueDateMoved and WarningSent: the due date after the move.</summary>
    public const string NewDueDate = "newDueDate";

    /// <summary>On WarningSent: working days from the send to the old due date, negative when sent after it.</summary>
    public const string LeadTimeWorkingDays = "leadTimeWorkingDays";

    /// <summary>On WarningSent: the customer destination the warning went to.</summary>
    public const string Destination = "destination";

    /// <summary>On WarningSent: the idempotency key it was sent under.</summary>
    public const string IdempotencyKey = "idempotencyKey";

    /// <summary>On WarningSent: the approver who approved it, when one did.</summary>
    public const string ApprovedBy = "approvedBy";

    /// <summary>On WarningSent: the realistic date re-plan advice suggested, when the owner chose an earlier one.</summary>
    public const string SuggestedDate = "suggestedDate";

    /// <summary>On SlipStarted: why the conversation started (a <see cref="SlipStartReason"/> name).</summary>
    public const string StartReason = "startReason";

    /// <summary>The step a slip conversation moved to (SlipProgressed).</summary>
    public const string Step = "step";

    /// <summary>Who was asked to approve (SlipProgressed).</summary>
    public const string Approver = "approver";

    /// <summary>Where the approval stands (SlipProgressed).</summary>
    public const string ApprovalStatus = "approvalStatus";

    /// <summary>On MissedSilently (written by the check-in runner): the due date that passed.</summary>
    public const string MissedDueDate = "dueDate";

    /// <summary>A date as the history stores it.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads the date stored under <paramref name="key"/>, or null when it is absent or malformed.</summary>
    public static DateOnly? Date(IReadOnlyDictionary<string, string> data, string key)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.TryGetValue(key, out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
    }
}
