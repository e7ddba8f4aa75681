using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Core.ChatActions;

/// <summary>
/// The form that edits a commitment from chat (<c>commit edit</c>): hand it over to a new owner, change its co-owners,
/// approver or channel, or move its date with the reason why. Its input ids are the admin API's field names.
/// </summary>
internal static class CommitmentEditForm
{
    /// <summary>Opens the form for the commitment named by the value.</summary>
    public const string Pick = "commit.edit.pick";

    /// <summary>The form's submit action; its value is the commitment's id.</summary>
    public const string Submit = "commit.edit";

    public static ChatMessage Message(Commitment c) => new()
    {
        Text = $"Change {c.Title} for {c.Customer}. To hand it over, pick its new owner; both of you will be told.",
        Inputs =
        [
            new ChatInput { Id = "owner", Kind = ChatInputKind.User, Label = "Owner", InitialValue = c.Owner },
            new ChatInput { Id = "coOwners", Kind = ChatInputKind.Users, Label = "Who answers for it with the owner", InitialValue = c.CoOwners.Count == 0 ? null : CoOwners.Join(c.CoOwners), Optional = true },
            new ChatInput { Id = "approver", Kind = ChatInputKind.User, Label = "Who approves warnings first", InitialValue = c.Approver, Optional = true },
            new ChatInput { Id = "channel", Kind = ChatInputKind.Channel, Label = "Project channel", InitialValue = c.Channel },
            new ChatInput { Id = "dueDate", Kind = ChatInputKind.Date, Label = "Due date", InitialValue = c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            new ChatInput
            {
                Id = "dueDateReason", Kind = ChatInputKind.Text, Label = "If the date moves, why", Placeholder = "ours or customer", Optional = true, MaxLength = 20,
                Hint = "ours: we need more time. customer: the customer asked for another date (not our slip).",
            },
        ],
        FormActions = [new FormAction(Submit, "Save", FormActionRole.Submit, c.Id), new FormAction("commit.edit.cancel", "Cancel", FormActionRole.Cancel)],
    };

    /// <summary>The edit the submitted form asks for (only what differs from <paramref name="c"/>), or why it cannot be made.</summary>
    public static (CommitmentEdit Edit, IReadOnlyList<FieldError> Errors) Read(ChatClick click, Commitment c)
    {
        static FieldEdit? Changed(string? typed, string? now, bool optional) =>
            typed is null ? (optional && now is not null ? FieldEdit.Clear : null) : typed == now ? null : new FieldEdit(typed);

        var due = click.Input("dueDate");
        var moves = due is not null && due != c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reason = click.Input("dueDateReason");
        var edit = new CommitmentEdit
        {
            Owner = Changed(click.Input("owner"), c.Owner, optional: false),
            CoOwners = Changed(click.Input("coOwners"), c.CoOwners.Count == 0 ? null : CoOwners.Join(c.CoOwners), optional: true),
            Approver = Changed(click.Input("approver"), c.Approver, optional: true),
            Channel = Changed(click.Input("channel"), c.Channel, optional: false),
            DueDate = moves ? new FieldEdit(due) : null,
            DueDateReason = moves ? reason : null,
        };
        return moves && reason is null
            ? (edit, [new FieldError("dueDateReason", "Say why the date moves: ours (we need more time) or customer (the customer asked).")])
            : (edit, []);
    }
}
