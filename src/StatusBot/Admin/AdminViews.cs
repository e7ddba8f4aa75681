using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using System.Text.Json.Serialization;

namespace StatusBot.Admin;

/// <summary>A commitment as the admin API shows it; <see cref="History"/> only when one commitment is asked for.</summary>
internal sealed record CommitmentView(
    string Id,
    string Workspace,
    string Title,
    string Customer,
    DateOnly DueDate,
    string TimeZone,
    string Owner,
    string Channel,
    string CustomerDestination,
    int? NoticeDays,
    string? Approver,
    IReadOnlyList<string> CoOwners,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? ExternalId,
    CommitmentStatus Status,
    Health Health,
    DateTimeOffset HealthSince,
    DateTimeOffset CreatedAt,
    NextCheckInView? NextCheckIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<EventView>? History,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<ReachProblemView>? Unreachable = null)
{
    /// <summary>The view; with its <paramref name="history"/>, also what StatusBot cannot reach of it (see <see cref="ReachEvents.OpenProblems"/>).</summary>
    public static CommitmentView From(Commitment c, CheckInWork? next, IReadOnlyList<CommitmentEvent>? history) => new(
        c.Id,
        c.Workspace.ToString(),
        c.Title,
        c.Customer,
        c.DueDate,
        c.TimeZone,
        c.Owner,
        c.Channel,
        c.CustomerDestination,
        c.NoticeDays,
        c.Approver,
        c.CoOwners,
        c.ExternalId,
        c.Status,
        c.Health,
        c.HealthSince,
        c.CreatedAt,
        next is null ? null : new NextCheckInView(next.At, next.Kind, next.Reason),
        history?.Select(e => new EventView(e.Sequence, e.At, e.Kind, e.Actor, e.Data)).ToList(),
        history is null ? null : ReachEvents.OpenProblems(c, history).Select(ReachProblemView.From).ToList());
}

/// <summary>Someone or somewhere a commitment names that StatusBot cannot reach, and what to do about it.</summary>
/// <param name="Role">What the address is to the commitment: owner, channel, customer, workspace or other.</param>
/// <param name="Address">The platform's id of it.</param>
/// <param name="Code">The platform's code for the problem (<c>not_in_channel</c>, <c>not_installed</c>).</param>
/// <param name="Reason">What is wrong and what to do.</param>
/// <param name="Since">When the problem was found.</param>
internal sealed record ReachProblemView(string Role, string Address, string Code, string Reason, DateTimeOffset Since)
{
    public static ReachProblemView From(CommitmentEvent problem) => new(
        problem.Data.GetValueOrDefault(ReachEvents.Role) ?? ReachEvents.RoleOther,
        problem.Data.GetValueOrDefault(ReachEvents.Address) ?? string.Empty,
        problem.Data.GetValueOrDefault(ReachEvents.Code) ?? string.Empty,
        problem.Data.GetValueOrDefault(ReachEvents.Reason) ?? string.Empty,
        problem.At);
}

/// <summary>The commitment's next piece of check-in work: when, what and why.</summary>
internal sealed record NextCheckInView(DateTimeOffset At, CheckInWorkKind Kind, string Reason);

/// <summary>One event of a commitment's history.</summary>
internal sealed record EventView(long Sequence, DateTimeOffset At, CommitmentEventKind Kind, string? Actor, IReadOnlyDictionary<string, string> Data);

/// <summary>A workspace's commitments, oldest first.</summary>
internal sealed record CommitmentListView(IReadOnlyList<CommitmentView> Commitments);

/// <summary>
/// What a CSV import did, by line number: the rows created, the rows that updated the commitment their
/// <c>externalId</c> names (or left it as it was), the rows refused, and the header's columns it ignored.
/// </summary>
internal sealed record ImportView(
    IReadOnlyList<ImportedRow> Created,
    IReadOnlyList<RefusedRow> Errors,
    IReadOnlyList<ImportedRow> Updated,
    IReadOnlyList<ImportedRow> Unchanged,
    IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// A row that became a commitment; <see cref="Manager"/> when the row also gave its owner that manager, and
/// <see cref="Unreachable"/> when StatusBot cannot reach someone or somewhere it names (it is created all the same).
/// </summary>
internal sealed record ImportedRow(
    int Line,
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? Manager = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<ReachProblemView>? Unreachable = null);

/// <summary>A row that was not imported, with every reason.</summary>
internal sealed record RefusedRow(int Line, IReadOnlyList<RowReason> Reasons);

/// <summary>One reason a row was refused: the column (or <c>row</c>) and what to fix.</summary>
internal sealed record RowReason(string Field, string Message);
