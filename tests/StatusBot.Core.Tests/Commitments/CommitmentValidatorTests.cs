using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Tests.Commitments;

public sealed class CommitmentValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CommitmentInput Valid() => new(
        Title: "Data export API",
        Customer: "Acme",
        DueDate: "2026-12-18",
        TimeZone: "Europe/Berlin",
        Owner: "U0123",
        Channel: "C0456",
        CustomerDestination: "ops@acme.example",
        NoticeDays: "5",
        Approver: "U0999");

    private static Validated<Commitment> Create(CommitmentInput input) =>
        CommitmentValidator.Create(input, WorkspaceId.Parse("slack-T0123"), "c1", Now);

    [Fact]
    public void Create_ValidInput_MakesOpenCommitmentWithUnknownHealth()
    {
        var result = Create(Valid());

        Assert.True(result.IsValid);
        var c = result.Value!;
        Assert.Equal(("c1", WorkspaceId.Parse("slack-T0123"), "Data export API", "Acme"), (c.Id, c.Workspace, c.Title, c.Customer));
        Assert.Equal(new DateOnly(2026, 12, 18), c.DueDate);
        Assert.Equal("Europe/Berlin", c.TimeZone);
        Assert.Equal(5, c.NoticeDays);
        Assert.Equal("U0999", c.Approver);
        Assert.Equal(CommitmentStatus.Open, c.Status);
        Assert.Equal(Health.Unknown, c.Health);
        Assert.Equal(Now, c.CreatedAt);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Create_TrimsTextAndAcceptsOptionalFieldsMissing()
    {
        var result = Create(Valid() with { Title = "  Export  ", NoticeDays = " ", Approver = null });

        Assert.Equal("Export", result.Value!.Title);
        Assert.Null(result.Value.NoticeDays);
        Assert.Null(result.Value.Approver);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Create_TitleAtLengthBounds_IsAccepted(int length)
    {
        Assert.True(Create(Valid() with { Title = new string('x', length) }).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Create_TitleMissing_IsRefusedNamingTitle(string? title)
    {
        var error = Assert.Single(Create(Valid() with { Title = title }).Errors);
        Assert.Equal("title", error.Field);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TitleOf201Characters_IsRefusedWithTheLimit()
    {
        var error = Assert.Single(Create(Valid() with { Title = new string('x', 201) }).Errors);
        Assert.Equal("title", error.Field);
        Assert.Contains("at most 200", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    [InlineData("")]
    public void Create_TimeZoneNotIana_IsRefused(string zone)
    {
        var error = Assert.Single(Create(Valid() with { TimeZone = zone }).Errors);
        Assert.Equal("timeZone", error.Field);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public void Create_IanaTimeZone_IsAccepted(string zone)
    {
        Assert.True(Create(Valid() with { TimeZone = zone }).IsValid);
    }

    [Fact]
    public void Create_OwnerMissing_IsRefusedNamingOwner()
    {
        var error = Assert.Single(Create(Valid() with { Owner = " " }).Errors);
        Assert.Equal("owner", error.Field);
    }

    [Theory]
    [InlineData("18/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("tomorrow")]
    public void Create_DueDateNotIsoDate_IsRefusedWithTheFormat(string date)
    {
        var error = Assert.Single(Create(Valid() with { DueDate = date }).Errors);
        Assert.Equal("dueDate", error.Field);
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DueDateYesterdayInItsZone_IsRefused()
    {
        // 09:00 UTC on 23 Nov is already 23 Nov in Berlin: the 22nd has passed there.
        var error = Assert.Single(Create(Valid() with { DueDate = "2026-11-22" }).Errors);
        Assert.Equal("dueDate", error.Field);
    }

    [Theory]
    [InlineData("2036-11-23", true)]
    [InlineData("2036-11-24", false)]
    [InlineData("9999-12-31", false)]
    public void Create_DueDateAtMostTenYearsAhead_IsAccepted(string due, bool accepted)
    {
        var result = Create(Valid() with { DueDate = due });

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.Equal(new FieldError("dueDate", $"{due} is more than 10 years away; a due date must be on or before 2036-11-23."), Assert.Single(result.Errors));
        }
    }

    [Fact]
    public void Create_DueDateTodayInItsZone_IsAccepted()
    {
        // At 09:00 UTC on 23 Nov it is still 22 Nov in Honolulu, so the 22nd is today there.
        Assert.True(Create(Valid() with { DueDate = "2026-11-22", TimeZone = "Pacific/Honolulu" }).IsValid);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("five")]
    [InlineData("2.5")]
    [InlineData("261")]
    public void Create_NoticeDaysNotAWholeNumberInRange_IsRefused(string days)
    {
        var error = Assert.Single(Create(Valid() with { NoticeDays = days }).Errors);
        Assert.Equal("noticeDays", error.Field);
    }

    [Fact]
    public void Create_DestinationBadEmail_IsRefused()
    {
        var error = Assert.Single(Create(Valid() with { CustomerDestination = "ops@@acme" }).Errors);
        Assert.Equal("customerDestination", error.Field);
    }

    [Fact]
    public void Create_ManyProblems_ReportsEachField()
    {
        var result = Create(new CommitmentInput(null, null, null, null, null, null, null));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            ["title", "customer", "dueDate", "timeZone", "owner", "channel", "customerDestination"],
            result.Errors.Select(e => e.Field));
    }
}
