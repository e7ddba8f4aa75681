using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    private async Task<ChatResponse> AnswerAsync(ChatClick click, CancellationToken cancellationToken)
    {
        if (!CheckInActions.TryReadAnswer(click.Value, out var id, out var answer))
        {
            return ChatResponse.Say("That answer is not one I offer. Answer with the buttons of the latest check-in.");
        }

        var commitment = await _commitments.GetAsync(click.Actor.Workspace, id, cancellationToken);
        if (commitment is null)
        {
            return ChatResponse.Say("That commitment no longer exists.");
        }

        if (!await MayAnswerAsync(click.Actor, commitment, cancellationToken))
        {
            return ChatResponse.Say($"Only {commitment.Owner} can answer this.");
        }

        if (commitment.Status != CommitmentStatus.Open)
        {
            return new ChatResponse { Answered = Answered(commitment, $"already {commitment.Status.ToString().ToLowerInvariant()}") };
        }

        var actor = click.Actor.UserId;
        if (answer != CheckInAnswer.Snooze && await AnsweredByAnotherAsync(commitment, actor, cancellationToken) is { } earlier)
        {
            return AlreadyAnswered(commitment, earlier);
        }

        switch (answer)
        {
            case CheckInAnswer.OnTrack:
                await _commitments.AnswerAsync(commitment.Workspace, id, Health.OnTrack, actor, cancellationToken);
                await TellOtherOwnersAsync(commitment, actor, "On track", cancellationToken);
                return Noted(commitment, "On track", "Thanks. I will check in again as the date comes closer.");
            case CheckInAnswer.AtRisk:
                await _commitments.AnswerAsync(commitment.Workspace, id, Health.AtRisk, actor, cancellationToken);
                await TellOtherOwnersAsync(commitment, actor, "At risk", cancellationToken);
                return Noted(commitment, "At risk", "Noted: I will check in again sooner. If it turns into a slip, the earlier the customer hears, the better: type slip.");
            case CheckInAnswer.Slipping:
                await _commitments.AnswerAsync(commitment.Workspace, id, Health.Slipping, actor, cancellationToken);
                await TellOtherOwnersAsync(commitment, actor, "Slipping", cancellationToken);
                var slip = await _slips.StartAsync(commitment.Workspace, id, SlipStartReason.SlippingAnswer, actor, click.Actor.IsWorkspaceAdmin, cancellationToken);
                return FromSlip(slip) with { Answered = Answered(commitment, "Slipping") };
            case CheckInAnswer.Delivered:
                await _commitments.DeliverAsync(commitment.Workspace, id, actor, cancellationToken);
                await TellOtherOwnersAsync(commitment, actor, "Delivered", cancellationToken);
                return Noted(commitment, "Delivered", $"Well done: {commitment.Title} is closed, and no more check-ins will follow.");
            case CheckInAnswer.Snooze:
                return new ChatResponse { Messages = [SnoozeChoices(commitment)] };
            default:
                return ChatResponse.Say("That answer is not one I offer. Answer with the buttons of the latest check-in.");
        }
    }

    private async Task<ChatResponse> SnoozeAsync(ChatClick click, CancellationToken cancellationToken)
    {
        if (!CheckInActions.TryReadSnooze(click.Value, out var id, out var option))
        {
            return ChatResponse.Say("That choice is not one I offer. Snooze with the buttons of the latest check-in.");
        }

        var commitment = await _commitments.GetAsync(click.Actor.Workspace, id, cancellationToken);
        if (commitment is null || !await MayAnswerAsync(click.Actor, commitment, cancellationToken))
        {
            return ChatResponse.Say(commitment is null ? "That commitment no longer exists." : $"Only {commitment.Owner} can answer this.");
        }

        DateOnly? chosen = null;
        if (option == SnoozeOption.UntilDate)
        {
            if (click.Input(CheckInActions.SnoozeUntilInput) is not { } typed)
            {
                return new ChatResponse { Messages = [SnoozeUntilForm(commitment)] };
            }

            if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var picked))
            {
                return new ChatResponse
                {
                    Messages = [SnoozeUntilForm(commitment)],
                    Errors = [new(CheckInActions.SnoozeUntilInput, "Pick a date from the calendar (yyyy-MM-dd).")],
                };
            }

            chosen = picked;
        }

        var settings = await _planning.SettingsAsync(commitment.Workspace, cancellationToken);
        var stored = await _commitments.ChangeAsync(commitment.Workspace, id,
            (c, now) => SnoozePolicy.Snooze(c, option, chosen, settings, click.Actor.UserId, now), cancellationToken);
        var until = stored?.CheckIns.SnoozedUntil;
        var text = until is { } date ? $"Snoozed: I will ask about {commitment.Title} again on {WarningComposer.Spelled(date)}." : "Snoozed.";
        return new ChatResponse { Messages = [new ChatMessage { Text = text }], Answered = new ChatMessage { Text = text } };
    }

    private static ChatMessage SnoozeChoices(Commitment commitment) => new()
    {
        Text = $"When should I ask about {commitment.Title} again?",
        Buttons =
        [
            new(CheckInActions.Snooze, "Tomorrow", CheckInActions.SnoozeValue(commitment.Id, SnoozeOption.Tomorrow), ButtonStyle.Primary),
            new(CheckInActions.Snooze, "In a few days", CheckInActions.SnoozeValue(commitment.Id, SnoozeOption.Later)),
            new(CheckInActions.Snooze, "Until a date…", CheckInActions.SnoozeValue(commitment.Id, SnoozeOption.UntilDate)),
        ],
    };

    /// <summary>The form that asks until when; the snooze never goes past the due date, and the cadence may ask later still.</summary>
    private static ChatMessage SnoozeUntilForm(Commitment commitment) => new()
    {
        Text = $"Until when should I not ask about {commitment.Title}? (It is due {WarningComposer.Spelled(commitment.DueDate)}; I ask on that morning at the latest.)",
        Inputs = [new ChatInput { Id = CheckInActions.SnoozeUntilInput, Kind = ChatInputKind.Date, Label = "Ask me again on" }],
        FormActions =
        [
            new FormAction(CheckInActions.Snooze, "Snooze", FormActionRole.Submit, CheckInActions.SnoozeValue(commitment.Id, SnoozeOption.UntilDate)),
            new FormAction("checkin.snooze.cancel", "Cancel", FormActionRole.Cancel),
        ],
    };

    private ChatResponse Noted(Commitment commitment, string answer, string text) =>
        new() { Messages = [new ChatMessage { Text = text }], Answered = Answered(commitment, answer) };

    private ChatMessage Answered(Commitment commitment, string answer) => new()
    {
        Text = $"{commitment.Title} for {commitment.Customer}, due {WarningComposer.Spelled(commitment.DueDate)}: answered {answer} on {WarningComposer.Spelled(LocalToday(commitment))}.",
    };
}
