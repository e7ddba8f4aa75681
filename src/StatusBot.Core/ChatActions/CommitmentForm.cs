using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.ChatActions;

/// <summary>The form that adds a commitment from chat; its input ids are the admin API's field names, so refusals land on the right input.</summary>
internal static class CommitmentForm
{
    /// <summary>The form's submit action; its value is the project channel the form was opened in.</summary>
    public const string Submit = "commit.create";

    /// <summary>The form, opened from <paramref name="where"/>, with <paramref name="title"/> filled in when the command named it.</summary>
    public static ChatResponse Response(ChatActor actor, ChatAddress where, string title) =>
        new() { Messages = [Message(actor, where.Kind == ChatAddressKind.Channel ? where.Id : null, title.Length > 0 ? title : null)] };

    public static ChatMessage Message(ChatActor actor, string? channel, string? title) => new()
    {
        Text = "Add a commitment: what was promised, to whom, and by when. I will check in with you as the date comes closer.",
        Inputs =
        [
            Field("title", "What was promised", "Data export for the March audit", title),
            Field("customer", "To whom", "Acme Corp"),
            new ChatInput { Id = "dueDate", Kind = ChatInputKind.Date, Label = "Due date" },
            Field("customerDestination", "Where the customer hears from us", "their shared channel id, or an email address", hint: "A warning, if one is needed, goes there."),
            .. channel is null ? [Field("channel", "Project channel", "the channel where the team follows it") with { Kind = ChatInputKind.Channel, MaxLength = null }] : Array.Empty<ChatInput>(),
            Field("timeZone", "Time zone of the due date", "Europe/Berlin", actor.TimeZone ?? "UTC"),
            Field("noticeDays", "Working days of notice the customer needs", "5", optional: true),
            Field("approver", "Who approves warnings first", "the account owner", optional: true) with { Kind = ChatInputKind.User, MaxLength = null },
            Field("coOwners", "Who answers for it with you", "@maria, @bo", optional: true, hint: "All are asked at check-in; the first answer counts.") with { Kind = ChatInputKind.Users, MaxLength = null },
        ],
        FormActions = [new FormAction(Submit, "Add commitment", FormActionRole.Submit, channel ?? string.Empty), new FormAction("commit.cancel", "Cancel", FormActionRole.Cancel)],
    };

    /// <summary>The form again after a refusal, with every value as it was submitted, so nothing must be typed twice.</summary>
    public static ChatMessage Refilled(ChatClick click) =>
        Refill(Message(click.Actor, click.Value.Length > 0 ? click.Value : null, click.Input("title")), click);

    /// <summary><paramref name="form"/> with each input showing what <paramref name="click"/> submitted for it, where it submitted anything.</summary>
    public static ChatMessage Refill(ChatMessage form, ChatClick click) =>
        form with { Inputs = [.. form.Inputs.Select(i => click.Input(i.Id) is { } typed ? i with { InitialValue = typed } : i)] };

    /// <summary>What the submitted form says, owned by whoever submitted it.</summary>
    public static CommitmentInput Read(ChatClick click) => new(
        click.Input("title"),
        click.Input("customer"),
        click.Input("dueDate"),
        click.Input("timeZone") ?? click.Actor.TimeZone ?? "UTC",
        click.Actor.UserId,
        click.Value.Length > 0 ? click.Value : click.Input("channel"),
        click.Input("customerDestination"),
        click.Input("noticeDays"),
        click.Input("approver"),
        click.Input("coOwners"));

    private static ChatInput Field(string id, string label, string placeholder, string? initial = null, bool optional = false, string? hint = null) => new()
    {
        Id = id,
        Kind = ChatInputKind.Text,
        Label = label,
        Placeholder = placeholder,
        InitialValue = initial,
        Optional = optional,
        Hint = hint,
        MaxLength = 200,
    };
}
