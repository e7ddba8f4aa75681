using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

/// <summary>The form steps of the slip conversation, as platform-neutral messages.</summary>
internal static class SlipViews
{
    public static ChatMessage DateForm(SlipState state, Commitment commitment, ReplanAdvice advice, FieldError? error, string? flag)
    {
        var lines = new List<string>
        {
            $"When can {commitment.Customer} realistically expect {commitment.Title}? It is due {SlipTexts.Day(state.OldDueDate)}.",
        };
        lines.AddRange(new[] { advice.Naming(commitment.Customer), flag ?? advice.Reason() }.OfType<string>());
        var initial = state.FlaggedDate ?? state.NewDate;
        return new ChatMessage
        {
            Text = string.Join(" ", lines),
            Inputs =
            [
                new ChatInput
                {
                    Id = SlipActions.NewDateInput,
                    Kind = ChatInputKind.Date,
                    Label = "New date",
                    Hint = "Pick a date you are confident in, not the most hopeful one: a second slip costs more trust than a later date.",
                    InitialValue = initial is { } date ? SlipEventData.Format(date) : null,
                    Error = error?.Message,
                },
            ],
            FormActions = [Submit(SlipActions.SubmitDate, "Next", state), Cancel(state)],
        };
    }

    public static ChatMessage PartsForm(SlipState state, Commitment commitment, IReadOnlyList<FieldError> errors)
    {
        var text = $"Write the warning to {commitment.Customer} about {commitment.Title}, new date {SlipTexts.Day(state.NewDate!.Value)}. Each part is a few plain sentences.";
        if (state.Approval is { Status: ApprovalStatus.ChangesRequested } approval)
        {
            text += $" {approval.Approver} asked for changes: {approval.Note ?? "no note given"}";
        }

        return new ChatMessage
        {
            Text = text,
            Inputs = [.. Enum.GetValues<SlipPart>().Select(part => PartInput(part, state.Parts.Get(part), errors))],
            FormActions = [Submit(SlipActions.SubmitParts, "Preview", state), Back(state), Cancel(state)],
        };
    }

    public static ChatMessage Preview(SlipState state, ChatMessage warning, IReadOnlyList<ToneFinding> findings, string? approver)
    {
        var check = ToneList(findings.Select(Describe).ToList());
        var send = approver is null ? "Send to the customer" : $"Send to {approver} for approval";
        return new ChatMessage
        {
            Text = $"Here is the warning as the customer will read it.\n\n{warning.Text}\n\n{check.Text}",
            Sections = [.. warning.Sections, check.Section with { Heading = "Tone check" }],
            FormActions = [Submit(SlipActions.Send, send, state), new FormAction(SlipActions.Back, "Edit", FormActionRole.Back, state.CommitmentId), Cancel(state)],
        };
    }

    public static string Describe(ToneFinding finding)
    {
        var where = finding.Part is { } part ? SlipPartTexts.Label(part) : "New date";
        // A model finding has no phrase: it is about the whole sentence it read.
        var words = finding.Phrase.Length > 0 ? finding.Phrase : finding.Sentence;
        var what = words.Length > 0 ? $" \"{words}\"" : string.Empty;
        return $"{where}:{what} {finding.Suggestion}";
    }

    /// <summary>
    /// The tone check's findings as a list, one per line, and the same as text (<c>- </c> before each); a clean draft
    /// says so.
    /// </summary>
    public static (string Text, MessageSection Section) ToneList(IReadOnlyList<string> findings)
    {
        const string Clean = "The tone check found nothing to change.", Lead = "Before you send, consider:";
        return findings.Count == 0
            ? (Clean, new MessageSection(null, Clean))
            : (Lead + "\n" + string.Join("\n", findings.Select(f => "- " + f)), new MessageSection(null, Lead) { Items = findings });
    }

    private static ChatInput PartInput(SlipPart part, string value, IReadOnlyList<FieldError> errors) => new()
    {
        Id = SlipPartTexts.InputId(part),
        Kind = ChatInputKind.MultilineText,
        Label = SlipPartTexts.Label(part),
        Hint = SlipPartTexts.Hint(part),
        Placeholder = SlipPartTexts.Placeholder(part),
        InitialValue = value.Length > 0 ? value : null,
        MaxLength = SlipPartTexts.MaxLength,
        Optional = part != SlipPart.Facts,
        Error = errors.FirstOrDefault(e => e.Field == SlipPartTexts.InputId(part))?.Message,
    };

    private static FormAction Submit(string actionId, string label, SlipState state) => new(actionId, label, FormActionRole.Submit, state.CommitmentId);

    private static FormAction Back(SlipState state) => new(SlipActions.Back, "Back", FormActionRole.Back, state.CommitmentId);

    private static FormAction Cancel(SlipState state) => new(SlipActions.Cancel, "Discard draft", FormActionRole.Cancel, state.CommitmentId);
}
