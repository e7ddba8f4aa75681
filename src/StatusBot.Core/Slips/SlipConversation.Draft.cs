using System.Globalization;
using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

public static partial class SlipConversation
{
    private static SlipTransition Draft(Step step) => (step.State.Step, step.Input) switch
    {
        (SlipStep.NewDate, NewDateSubmitted date) => SubmitDate(step, date.Value),
        (SlipStep.Message, PartsSubmitted parts) => SubmitParts(step, parts.Parts),
        (SlipStep.Message, SlipBack) => step.Show(step.Moved(step.State with { Step = SlipStep.NewDate })),
        (SlipStep.Preview, SlipBack) => step.Show(step.Moved(step.State with { Step = SlipStep.Message })),
        (SlipStep.Preview, SlipSend) => step.Context.Approver is { } approver ? RequestApproval(step, approver) : Sending(step, step.State with { SentBy = step.Input.Actor }),
        _ => step.Show(step.State) with { Refused = true },
    };

    private static SlipTransition SubmitDate(Step step, string? value)
    {
        var state = step.State;
        if (Refusal(step, value, out var date) is { } refusal)
        {
            return step.Show(state, [new FieldError(SlipActions.NewDateInput, refusal)]);
        }

        // The suggestion grows the span asked for, so it is made for the owner's own estimate only: taking
        // it (or anything later), or insisting on the flagged date, is accepted without a new flag.
        var advice = step.Advice();
        var heeded = date == state.FlaggedDate || date >= state.SuggestedDate;
        var suggested = heeded ? state.SuggestedDate : advice.Suggest(date, step.Today, step.Calendar);
        if (!heeded && suggested is { } realistic)
        {
            var flag = $"{SlipTexts.Day(date)} is earlier than your history suggests. {advice.Reason()} "
                + $"A realistic date would be {SlipTexts.Day(realistic)}. Choose it, or submit {SlipTexts.Day(date)} again to keep your date.";
            return step.Show(step.Moved(state with { FlaggedDate = date, SuggestedDate = realistic }), flag: flag);
        }

        return step.Show(step.Moved(state with { Step = SlipStep.Message, NewDate = date, FlaggedDate = null, SuggestedDate = suggested }));
    }

    private static string? Refusal(Step step, string? value, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return "Choose the new date from the calendar.";
        }

        if (date < step.Today)
        {
            return $"{SlipTexts.Day(date)} has already passed. Choose a date from today on.";
        }

        if (date > DueDateHorizon.LastFrom(step.Today))
        {
            return $"{SlipTexts.Day(date)} is more than {DueDateHorizon.Years} years away. Choose a date on or before {SlipTexts.Day(DueDateHorizon.LastFrom(step.Today))}.";
        }

        return date <= step.State.OldDueDate
            ? $"The new date needs to be after the current due date, {SlipTexts.Day(step.State.OldDueDate)}."
            : null;
    }

    private static SlipTransition SubmitParts(Step step, SlipParts submitted)
    {
        var parts = submitted.All().Aggregate(SlipParts.Empty, (all, p) => all.With(p.Part, p.Text));
        var errors = new List<FieldError>();
        if (parts.Facts.Length == 0)
        {
            errors.Add(new(SlipPartTexts.InputId(SlipPart.Facts), "Say what happened: the customer needs the facts before anything else."));
        }

        errors.AddRange(parts.All()
            .Where(p => p.Text.Length > SlipPartTexts.MaxLength)
            .Select(p => new FieldError(
                SlipPartTexts.InputId(p.Part),
                string.Create(CultureInfo.InvariantCulture, $"Keep this part to {SlipPartTexts.MaxLength:N0} characters or fewer (it has {p.Text.Length:N0}), so the customer can take in the whole message at once."))));

        var kept = step.Moved(step.State with { Parts = parts });
        return errors.Count > 0 ? step.Show(kept, errors) : step.Show(kept with { Step = SlipStep.Preview });
    }
}
