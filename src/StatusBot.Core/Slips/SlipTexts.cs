using System.Globalization;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Slips;

/// <summary>The words of the slip conversation's notes and refusals, as plain unescaped text.</summary>
internal static class SlipTexts
{
    public static string Day(DateOnly date) => WarningComposer.Spelled(date);

    public static string Time(DateTimeOffset instant, WorkingCalendar calendar) =>
        calendar.Local(instant).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);

    public static string NotOwner(SlipState state, Commitment commitment) =>
        $"Only {state.Owner}, who owns {commitment.Title}, or a workspace admin can change or send this warning.";

    public static string NotApprover(SlipApproval? approval) =>
        approval is null
            ? "This warning is not waiting for an approval."
            : $"Only {approval.Approver}, who was asked to approve this warning, can approve it or ask for changes.";

    public static string StepDone(SlipState state) => state.Step switch
    {
        SlipStep.Sent => "This warning has already been sent.",
        SlipStep.Cancelled => "This draft was discarded. Start a new one with /slip if the customer still needs to hear from us.",
        SlipStep.Sending => "This warning is on its way to the customer; it can no longer be changed.",
        SlipStep.AwaitingApproval => "This warning is waiting for approval.",
        _ => "That step is already behind you: here is where the warning stands.",
    };

    public static string Lead(int lead) => lead switch
    {
        > 1 => $"{lead} working days before the original date",
        1 => "one working day before the original date",
        0 => "on the original due date",
        -1 => "one working day after the original date",
        _ => $"{-lead} working days after the original date",
    };

    public static string ChannelNote(Commitment commitment, SlipState sent, int lead) =>
        $"{sent.SentBy ?? sent.Owner} told {commitment.Customer} that {commitment.Title} moves from {Day(sent.OldDueDate)} to {Day(sent.NewDate!.Value)}, "
        + $"{Lead(lead)}. Check-ins continue against the new date.";

    public static string SentToOwner(Commitment commitment, SlipState sent, int lead) =>
        $"Your warning reached {commitment.Customer}, {Lead(lead)}. {commitment.Title} is now due {Day(sent.NewDate!.Value)}, and check-ins continue against that date.";

    public static string Discarded(Commitment commitment, SlipState state) =>
        $"Draft discarded. {commitment.Customer} has not been told, and {commitment.Title} is still due {Day(state.OldDueDate)}.";

    public static string Reminder(Commitment commitment, SlipState state, DateOnly today) =>
        $"Your warning to {commitment.Customer} about {commitment.Title} is still a draft, and the due date {(state.OldDueDate < today ? "was" : "is")} {Day(state.OldDueDate)} ({DateText.Distance(state.OldDueDate, today)}). "
        + "The earlier they hear, the more room they have to re-plan.";
}
