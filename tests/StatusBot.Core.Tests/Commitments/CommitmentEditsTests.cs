using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Tests.Commitments;

public sealed class CommitmentEditsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Commitment Current() => CommitmentValidator.Create(
        new("Data export API", "Acme", "2026-12-18", "Europe/Berlin", "U0123", "C0456", "ops@acme.example", "5", "U0999"),
        WorkspaceId.Parse("slack-T0123"), "c1", Now.AddDays(-7)).Value! with { Version = 3, ConcurrencyToken = "etag-3" };

    private static Validated<CommitmentChange>? Apply(CommitmentEdit edit, Commitment? current = null) =>
        CommitmentEdits.Apply(current ?? Current(), edit, "admin-api", Now);

    [Fact]
    public void Apply_NewTitle_RecordsEditedWithOldAndNew()
    {
        var result = Apply(new() { Title = new("  Export v2 ") });

        var change = result!.Value!;
        Assert.Equal("Export v2", change.Commitment.Title);
        Assert.Equal(4, change.Commitment.Version);
        Assert.Equal("etag-3", change.Commitment.ConcurrencyToken);
        Assert.Equal(CommitmentEventKind.Edited, change.Event.Kind);
        Assert.Equal((4L, Now, "admin-api"), (change.Event.Sequence, change.Event.At, change.Event.Actor));
        Assert.Equal("Data export API -> Export v2", Assert.Single(change.Event.Data).Value);
    }

    [Fact]
    public void Apply_SeveralFields_ListsEachChange()
    {
        var change = Apply(new() { DueDate = new("2027-01-15"), NoticeDays = new("10"), Owner = new("U0777") })!.Value!;

        Assert.Equal(new DateOnly(2027, 1, 15), change.Commitment.DueDate);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["dueDate"] = "2026-12-18 -> 2027-01-15",
                ["owner"] = "U0123 -> U0777",
                ["noticeDays"] = "5 -> 10",
            },
            change.Event.Data);
    }

    [Fact]
    public void Apply_NullForOptionalFields_ClearsThem()
    {
        var change = Apply(new() { NoticeDays = FieldEdit.Clear, Approver = FieldEdit.Clear })!.Value!;

        Assert.Null(change.Commitment.NoticeDays);
        Assert.Null(change.Commitment.Approver);
        Assert.Equal("U0999 -> (none)", change.Event.Data["approver"]);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("customer")]
    [InlineData("owner")]
    [InlineData("channel")]
    public void Apply_NullForRequiredField_IsRefusedNamingIt(string field)
    {
        var edit = field switch
        {
            "title" => new CommitmentEdit { Title = FieldEdit.Clear },
            "customer" => new CommitmentEdit { Customer = FieldEdit.Clear },
            "owner" => new CommitmentEdit { Owner = FieldEdit.Clear },
            _ => new CommitmentEdit { Channel = FieldEdit.Clear },
        };

        Assert.Equal(field, Assert.Single(Apply(edit)!.Errors).Field);
    }

    [Fact]
    public void Apply_NothingOrSameValues_ReturnsNull()
    {
        Assert.Null(Apply(new()));
        Assert.Null(Apply(new() { Title = new("Data export API"), DueDate = new("2026-12-18"), NoticeDays = new("5") }));
    }

    [Fact]
    public void Apply_BadValues_AreRefusedLikeCreate()
    {
        var result = Apply(new()
        {
            Title = new(new string('x', 201)),
            DueDate = new("31/12/2026"),
            TimeZone = new("Mars/Olympus_Mons"),
            NoticeDays = new("-1"),
            CustomerDestination = new("ops@@acme"),
        });

        Assert.False(result!.IsValid);
        Assert.Equal(["title", "dueDate", "timeZone", "customerDestination", "noticeDays"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Apply_DueDateMovedIntoThePast_IsRefused()
    {
        var error = Assert.Single(Apply(new() { DueDate = new("2026-11-22") })!.Errors);

        Assert.Equal("dueDate", error.Field);
        Assert.Contains("already passed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OverdueCommitmentWithDueDateUnchanged_AcceptsOtherEdits()
    {
        var overdue = Current() with { DueDate = new DateOnly(2026, 11, 20) };

        Assert.True(Apply(new() { Title = new("Late export") }, overdue)!.IsValid);
    }

    [Theory]
    [InlineData("delivered", CommitmentStatus.Delivered, CommitmentEventKind.Delivered)]
    [InlineData("Cancelled", CommitmentStatus.Cancelled, CommitmentEventKind.Cancelled)]
    public void Apply_StatusClosing_RecordsDeliveredOrCancelled(string status, CommitmentStatus expected, CommitmentEventKind kind)
    {
        var change = Apply(new() { Status = new(status) })!.Value!;

        Assert.Equal(expected, change.Commitment.Status);
        Assert.Equal(kind, change.Event.Kind);
        Assert.StartsWith("open -> ", change.Event.Data["status"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("done")]
    [InlineData(null)]
    public void Apply_UnknownStatus_IsRefusedNamingStatus(string? status)
    {
        Assert.Equal("status", Assert.Single(Apply(new() { Status = new(status) })!.Errors).Field);
    }

    [Theory]
    [InlineData(CommitmentStatus.Delivered)]
    [InlineData(CommitmentStatus.Cancelled)]
    public void Apply_ClosedCommitment_IsRefusedWithAMessage(CommitmentStatus status)
    {
        var closed = Current() with { Status = status };

        var error = Assert.Single(Apply(new() { Title = new("Again") }, closed)!.Errors);

        Assert.Equal("status", error.Field);
        Assert.Contains("cannot be edited", error.Message, StringComparison.Ordinal);
    }
}
