using System.Globalization;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Digests;

/// <summary>
/// The <see cref="CommitmentEvent.Data"/> keys the digest, its numbers and the promise ledger read.
/// Writers of these events (the slip conversation, edits, the scheduler) must use the same keys and formats.
/// A value that is missing or does not parse is ignored, never an error: one odd event must not break a digest.
/// </summary>
public static class DigestEventData
{
    /// <summary>
    /// On <see cref="CommitmentEventKind.WarningSent"/>: how many working days before the old due date the
    /// customer was warned, as an invariant integer; negative when the warning came after it.
    /// </summary>
    public const string LeadTimeWorkingDays = "leadTimeWorkingDays";

    /// <summary>On <see cref="CommitmentEventKind.WarningSent"/> and <see cref="CommitmentEventKind.DueDateMoved"/>: the due date before the move, <c>yyyy-MM-dd</c>.</summary>
    public const string OldDueDate = "oldDueDate";

    /// <summary>On <see cref="CommitmentEventKind.WarningSent"/> and <see cref="CommitmentEventKind.DueDateMoved"/>: the due date after the move, <c>yyyy-MM-dd</c>.</summary>
    public const string NewDueDate = "newDueDate";

    /// <summary>
    /// On <see cref="CommitmentEventKind.Created"/> (optional): the first due date, <c>yyyy-MM-dd</c>; on
    /// <see cref="CommitmentEventKind.Edited"/>: a changed due date as <c>old -&gt; new</c> (see <see cref="CommitmentEdits"/>).
    /// </summary>
    public const string DueDate = "dueDate";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The integer stored under <paramref name="key"/>, or null.</summary>
    public static int? Number(CommitmentEvent recorded, string key)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The date stored under <paramref name="key"/>, or null.</summary>
    public static DateOnly? Date(CommitmentEvent recorded, string key)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Data.TryGetValue(key, out var text) ? Parse(text) : null;
    }

    /// <summary>The old and new due dates of an <see cref="CommitmentEventKind.Edited"/> event that changed it, or null.</summary>
    public static (DateOnly Old, DateOnly New)? EditedDueDate(CommitmentEvent recorded) => CommitmentEdits.EditedDueDate(recorded);

    /// <summary>A date in the stored format.</summary>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
