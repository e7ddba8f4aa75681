using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Answers;

/// <summary>
/// Takes a customer's answer to a warning, from a signed link or a chat button: records it in the commitment's history
/// (with how long it took) and tells the owner and the project channel at once. The same answer again records nothing; a
/// different one is recorded after the first, so the history keeps both and the latest counts.
/// </summary>
public sealed class CustomerAnswerService(CommitmentService commitments, IChatPort chat)
{
    /// <summary>Records <paramref name="request"/>, or says why it cannot be taken.</summary>
    public async Task<CustomerAnswerResult> AnswerAsync(CustomerAnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (NoteProblem(request.Note) is { } problem)
        {
            return new(CustomerAnswerOutcome.Refused, problem, null);
        }

        var note = Clean(request.Note);
        string? refusal = null;
        CommitmentEvent? recorded = null;
        var stored = await commitments.ChangeWithHistoryAsync(request.Workspace, request.CommitmentId, (current, history, now) =>
        {
            (refusal, recorded) = (null, null);
            var warning = history.LastOrDefault(e => e.Kind == CommitmentEventKind.WarningSent && SlipEventData.Date(e.Data, SlipEventData.OldDueDate) == request.WarningFor);
            if (warning is null)
            {
                refusal = "We have no record of that warning, so there is nothing to answer. Please reply to the person who wrote to you.";
                return null;
            }

            var latest = Latest(history, request.WarningFor);
            if (latest is not null && CustomerAnswers.Of(latest) == request.Answer && (note is null || note == latest.Data.GetValueOrDefault(CustomerAnswers.NoteKey)))
            {
                return null;
            }

            var change = current.Record(CommitmentEventKind.CustomerAnswered, request.Actor, now, data: Data(request, note, now - warning.At));
            recorded = change.Event;
            return change;
        }, cancellationToken);

        if (stored is null)
        {
            return new(CustomerAnswerOutcome.Refused, "That promise is no longer on record.", null);
        }

        if (refusal is not null)
        {
            return new(CustomerAnswerOutcome.Refused, refusal, stored);
        }

        if (recorded is null)
        {
            return new(CustomerAnswerOutcome.Unchanged, CustomerAnswerTexts.Thanks(stored, request.Answer), stored);
        }

        await TellAsync(stored, recorded, cancellationToken);
        return new(CustomerAnswerOutcome.Recorded, CustomerAnswerTexts.Thanks(stored, request.Answer), stored);
    }

    /// <summary>The latest answer recorded to the warning about <paramref name="warningFor"/>, or null.</summary>
    public static CommitmentEvent? Latest(IReadOnlyList<CommitmentEvent> history, DateOnly warningFor)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.LastOrDefault(e => CustomerAnswers.Of(e) is not null && CustomerAnswers.WarningFor(e) == warningFor);
    }

    /// <summary>Why a note cannot be taken, or null when it can.</summary>
    public static string? NoteProblem(string? note) =>
        Clean(note) is { Length: > CustomerAnswers.MaxNoteLength } kept
            ? $"Your note is {kept.Length} characters long; please keep it to {CustomerAnswers.MaxNoteLength}."
            : null;

    /// <summary>The note trimmed, with control characters other than line breaks left out; null when nothing is left.</summary>
    private static string? Clean(string? note)
    {
        var kept = new string((note ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Where(ch => ch == '\n' || !char.IsControl(ch)).ToArray()).Trim();
        return kept.Length == 0 ? null : kept;
    }

    private static Dictionary<string, string> Data(CustomerAnswerRequest request, string? note, TimeSpan took)
    {
        var data = new Dictionary<string, string>
        {
            [CustomerAnswers.AnswerKey] = CustomerAnswers.Word(request.Answer),
            [CustomerAnswers.WarningForKey] = SlipEventData.Format(request.WarningFor),
            [CustomerAnswers.MinutesKey] = ((long)Math.Max(0, took.TotalMinutes)).ToString(CultureInfo.InvariantCulture),
            [CustomerAnswers.ViaKey] = request.Via,
        };
        if (note is not null)
        {
            data[CustomerAnswers.NoteKey] = note;
        }

        return data;
    }

    /// <summary>
    /// Tells the owner and the channel under keys fixed by the event, so a retry never tells twice. A failed delivery does
    /// not undo the answer: it stays in the history and the digest.
    /// </summary>
    private async Task TellAsync(Commitment commitment, CommitmentEvent answered, CancellationToken cancellationToken)
    {
        var key = $"customer-answer/{commitment.Id}/{answered.Sequence.ToString(CultureInfo.InvariantCulture)}";
        var sends = new (ChatAddress To, ChatMessage Message, string Key)[]
        {
            (ChatAddress.ToUser(commitment.Workspace, commitment.Owner), CustomerAnswerTexts.ToOwner(commitment, answered), key + "/owner"),
            (ChatAddress.ToChannel(commitment.Workspace, commitment.Channel), CustomerAnswerTexts.ToChannel(commitment, answered), key + "/channel"),
        };
        foreach (var (to, message, sendKey) in sends)
        {
            try
            {
                await chat.SendAsync(to, message, sendKey, cancellationToken);
            }
            catch (ChatDeliveryException)
            {
                // The answer is stored; the digest shows it even when this note could not be delivered.
            }
        }
    }
}
