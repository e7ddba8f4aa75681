using System.Globalization;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Commitments;

/// <summary>The rules for editing a commitment: the same checks as creating one, against what it is now.</summary>
public static class CommitmentEdits
{
    private const string None = "(none)";

    /// <summary>
    /// Checks <paramref name="edit"/> against <paramref name="current"/> and returns the change to store
    /// (an <see cref="CommitmentEventKind.Edited"/> event whose data names each changed field as
    /// <c>old -&gt; new</c>, or <see cref="CommitmentEventKind.Delivered"/> / <see cref="CommitmentEventKind.Cancelled"/>
    /// when the status closes it), the reasons it is refused, or null when it changes nothing.
    /// A closed commitment refuses every edit; a due date that moves must not be in the past in its zone.
    /// </summary>
    public static Validated<CommitmentChange>? Apply(Commitment current, CommitmentEdit edit, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edit);
        if (current.Status != CommitmentStatus.Open)
        {
            return Validated.Refused<CommitmentChange>([new("status", ClosedMessage(current))]);
        }

        var errors = new List<FieldError>();
        var title = Required(edit.Title, current.Title, "title", CommitmentValidator.MaxTitleLength, errors);
        var customer = Required(edit.Customer, current.Customer, "customer", CommitmentValidator.MaxCustomerLength, errors);
        var dueDate = edit.DueDate is { } d ? CommitmentValidator.Date(d.Value, errors) ?? current.DueDate : current.DueDate;
        var zone = edit.TimeZone is { } z ? CommitmentValidator.Zone(z.Value, errors) : TimeZones.Get(current.TimeZone);
        if (zone is not null && dueDate != current.DueDate)
        {
            CommitmentValidator.NotPast(dueDate, zone, now, errors);
        }

        var owner = Required(edit.Owner, current.Owner, "owner", CommitmentValidator.MaxIdLength, errors);
        var channel = Required(edit.Channel, current.Channel, "channel", CommitmentValidator.MaxIdLength, errors);
        var destination = edit.CustomerDestination is { } dest
            ? CommitmentValidator.Destination(dest.Value, errors) ?? current.CustomerDestination
            : current.CustomerDestination;
        var noticeDays = edit.NoticeDays is { } n ? CommitmentValidator.NoticeDays(n.Value, errors) : current.NoticeDays;
        var coOwners = edit.CoOwners is { } co ? CoOwners.Parse(co.Value, owner, errors) ?? current.CoOwners : current.CoOwners.Where(id => id != owner).ToList();
        var approver = edit.Approver is { } a ? CommitmentValidator.Optional(a.Value, "approver", errors) : current.Approver;
        var status = edit.Status is { } s ? Status(s.Value, errors) : CommitmentStatus.Open;
        var reason = edit.DueDateReason is { } r ? DueDateReasons.Parse(r) : null;
        if (edit.DueDateReason is not null && reason is null)
        {
            errors.Add(new("dueDateReason", $"'{edit.DueDateReason}' is not a reason for moving the date; use ours (we need more time) or customer (the customer asked)."));
        }

        if (errors.Count > 0)
        {
            return Validated.Refused<CommitmentChange>(errors);
        }

        var next = current with
        {
            Title = title,
            Customer = customer,
            DueDate = dueDate,
            TimeZone = zone!.Id,
            Owner = owner,
            Channel = channel,
            CustomerDestination = destination,
            NoticeDays = noticeDays,
            Approver = approver,
            CoOwners = coOwners,
            Status = status,
        };
        var changes = Changes(current, next);
        if (changes.Count == 0)
        {
            return null;
        }

        if (reason is not null && changes.ContainsKey("dueDate"))
        {
            changes[DueDateReasons.Key] = reason;
        }

        var kind = status switch
        {
            CommitmentStatus.Delivered => CommitmentEventKind.Delivered,
            CommitmentStatus.Cancelled => CommitmentEventKind.Cancelled,
            _ => CommitmentEventKind.Edited,
        };
        return Validated.Ok(current.Record(kind, actor, now, _ => next, changes));
    }

    /// <summary>The old and new due dates of an <see cref="CommitmentEventKind.Edited"/> event that changed it, or null.</summary>
    public static (DateOnly Old, DateOnly New)? EditedDueDate(CommitmentEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Kind != CommitmentEventKind.Edited || !recorded.Data.TryGetValue("dueDate", out var text))
        {
            return null;
        }

        var parts = text.Split("->", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Parse(parts[0]) is { } old && Parse(parts[1]) is { } next ? (old, next) : null;
    }

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Why a closed commitment cannot be edited, in words for the user.</summary>
    public static string ClosedMessage(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return $"The commitment is {Word(commitment.Status)}; a closed commitment cannot be edited.";
    }

    private static string Required(FieldEdit? edit, string current, string field, int maxLength, List<FieldError> errors) =>
        edit is null ? current : CommitmentValidator.Text(edit.Value, field, maxLength, errors) ?? current;

    private static CommitmentStatus Status(string? value, List<FieldError> errors)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "DELIVERED":
                return CommitmentStatus.Delivered;
            case "CANCELLED":
                return CommitmentStatus.Cancelled;
            case "OPEN":
                return CommitmentStatus.Open;
            default:
                errors.Add(new("status", $"'{value}' is not a status a commitment can be given; use delivered or cancelled."));
                return CommitmentStatus.Open;
        }
    }

    private static Dictionary<string, string> Changes(Commitment old, Commitment next)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        void Compare(string field, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes[field] = $"{before ?? None} -> {after ?? None}";
            }
        }

        Compare("title", old.Title, next.Title);
        Compare("customer", old.Customer, next.Customer);
        Compare("dueDate", Date(old.DueDate), Date(next.DueDate));
        Compare("timeZone", old.TimeZone, next.TimeZone);
        Compare("owner", old.Owner, next.Owner);
        Compare("channel", old.Channel, next.Channel);
        Compare("customerDestination", old.CustomerDestination, next.CustomerDestination);
        Compare("noticeDays", old.NoticeDays?.ToString(CultureInfo.InvariantCulture), next.NoticeDays?.ToString(CultureInfo.InvariantCulture));
        Compare("approver", old.Approver, next.Approver);
        Compare("coOwners", Listed(old.CoOwners), Listed(next.CoOwners));
        Compare("status", Word(old.Status), Word(next.Status));
        return changes;
    }

    private static string? Listed(IReadOnlyList<string> ids) => ids.Count == 0 ? null : CoOwners.Join(ids);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Word(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Open => "open",
        CommitmentStatus.Delivered => "delivered",
        CommitmentStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown commitment status."),
    };
}
