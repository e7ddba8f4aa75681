using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Storage.People;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.People;

/// <summary>The people directory on every engine; each test uses workspaces of its own.</summary>
public abstract class PeopleDirectoryContract
{
    private readonly WorkspaceId _workspace = NewWorkspace();

    protected abstract ITableStore Engine { get; }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var directory = new TablePeopleDirectory(Engine);
        var person = new Person
        {
            Workspace = _workspace,
            UserId = "U0123",
            DisplayName = "Zoë \"Z\" <Ünïcode>",
            TimeZone = "Asia/Kolkata",
            WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Thursday },
            WorkdayStart = new TimeOnly(8, 30, 15, 250),
            WorkdayEnd = new TimeOnly(16, 45),
            Manager = "U_BOSS",
            Delegate = "U_PEER",
            TimeOff = [new(new(2026, 12, 21), new(2027, 1, 4)), new(new(2026, 8, 3), new(2026, 8, 3))],
            Email = "zoe@example.com",
            Title = "Head of <Delivery> & \"Ops\"",
            Reach = Reach.Unreachable,
            ReachProblem = "The app was removed from their account.",
            RefreshedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, 123, TimeSpan.FromHours(2)),
        };

        var saved = await directory.SaveAsync(person);
        var read = await directory.GetAsync(_workspace, "U0123");

        Assert.NotNull(read);
        Assert.NotNull(saved.ConcurrencyToken);
        Assert.Equal(saved.ConcurrencyToken, read.ConcurrencyToken);
        Assert.Equal(person.WorkingDays.Order(), read.WorkingDays!.Order());
        Assert.Equal(person.TimeOff, read.TimeOff);
        Assert.Equal(person.RefreshedAt, read.RefreshedAt);
        // Everything else by value: the collections (compared above) and the token are set aside.
        Assert.Equal(person with { WorkingDays = null, TimeOff = [], ConcurrencyToken = null }, read with { WorkingDays = null, TimeOff = [], ConcurrencyToken = null });
    }

    [Theory]
    [InlineData(256, '?')]  // every character percent-encoded: 768 characters encoded, more than a key may hold
    [InlineData(256, 'x')]
    public async Task SaveAsync_OfTheLongestIdInAnyCharacters_ReadsBackUnderThatIdOnly(int length, char fill) =>
        await SavesAndReadsBackAsync(new string(fill, length));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SaveAsync_OfALongIdOfCharacterPairs_IsNeverCutInsideOne(int offset) =>
        await SavesAndReadsBackAsync(new string('x', offset) + string.Concat(Enumerable.Repeat("\U0001F600", 160)));

    private async Task SavesAndReadsBackAsync(string id)
    {
        var directory = new TablePeopleDirectory(Engine);

        await directory.SaveAsync(Person.Unknown(_workspace, id) with { TimeZone = "Asia/Tokyo" });

        Assert.Equal("Asia/Tokyo", (await directory.GetAsync(_workspace, id))?.TimeZone);
        Assert.Null(await directory.GetAsync(_workspace, id[..^1] + "!"));
    }

    [Fact]
    public async Task SaveAsync_OfAPersonKnownByIdOnly_ReadsBackWithNothingElseKnown()
    {
        var directory = new TablePeopleDirectory(Engine);

        await directory.SaveAsync(Person.Unknown(_workspace, "U_NEW"));
        var read = await directory.GetAsync(_workspace, "U_NEW");

        Assert.Equal(Person.Unknown(_workspace, "U_NEW") with { TimeOff = [] }, read! with { TimeOff = [], ConcurrencyToken = null });
        Assert.Null(read.WorkingDays);
        Assert.Empty(read.TimeOff);
    }

    [Fact]
    public async Task SaveAsync_KeepsNoWorkingDaysApartFromTheWorkspaces()
    {
        // An empty set (refused by PersonRules, but a value) must not read back as null (the workspace's days).
        var directory = new TablePeopleDirectory(Engine);

        await directory.SaveAsync(Person.Unknown(_workspace, "U_NONE") with { WorkingDays = new HashSet<DayOfWeek>() });

        Assert.Empty((await directory.GetAsync(_workspace, "U_NONE"))!.WorkingDays!);
    }

    [Fact]
    public async Task GetAsync_OfSomeoneUnknown_IsNull()
    {
        Assert.Null(await new TablePeopleDirectory(Engine).GetAsync(_workspace, "U_NOBODY"));
    }

    [Fact]
    public async Task ListAsync_ReturnsOnlyTheWorkspacesPeople()
    {
        var directory = new TablePeopleDirectory(Engine);
        var other = NewWorkspace();
        await directory.SaveAsync(Person.Unknown(_workspace, "U1"));
        await directory.SaveAsync(Person.Unknown(_workspace, "U2"));
        await directory.SaveAsync(Person.Unknown(other, "U3"));

        var listed = await directory.ListAsync(_workspace);

        Assert.Equal(["U1", "U2"], listed.Select(p => p.UserId).Order(StringComparer.Ordinal));
        Assert.All(listed, p => Assert.Equal(_workspace, p.Workspace));
        Assert.All(listed, p => Assert.NotNull(p.ConcurrencyToken));
        Assert.Empty(await directory.ListAsync(NewWorkspace()));
    }

    [Fact]
    public async Task SaveAsync_WithAStaleToken_Conflicts_AndKeepsTheWinner()
    {
        var directory = new TablePeopleDirectory(Engine);
        var first = await directory.SaveAsync(Person.Unknown(_workspace, "U_RACE"));
        await directory.SaveAsync(first with { Manager = "U_WINNER" });

        await Assert.ThrowsAsync<PersonConflictException>(() => directory.SaveAsync(first with { Manager = "U_LOSER" }));
        Assert.Equal("U_WINNER", (await directory.GetAsync(_workspace, "U_RACE"))!.Manager);
    }

    [Fact]
    public async Task SaveAsync_WithATokenForSomeoneNotStored_Conflicts()
    {
        var directory = new TablePeopleDirectory(Engine);
        var elsewhere = await directory.SaveAsync(Person.Unknown(_workspace, "U_HERE"));

        await Assert.ThrowsAsync<PersonConflictException>(() => directory.SaveAsync(elsewhere with { UserId = "U_GONE" }));
        Assert.Null(await directory.GetAsync(_workspace, "U_GONE"));
    }

    [Fact]
    public async Task SaveAsync_WithoutAToken_ReplacesWhateverIsStored()
    {
        var directory = new TablePeopleDirectory(Engine);
        await directory.SaveAsync(Person.Unknown(_workspace, "U_UP") with { Manager = "U_OLD", Email = "old@example.com" });

        var saved = await directory.SaveAsync(Person.Unknown(_workspace, "U_UP") with { Manager = "U_NEW" });
        var read = await directory.GetAsync(_workspace, "U_UP");

        Assert.Equal("U_NEW", read!.Manager);
        Assert.Null(read.Email);
        Assert.Equal(saved.ConcurrencyToken, read.ConcurrencyToken);
    }

    [Fact]
    public async Task SaveAsync_WithTheCurrentToken_TakesTheChange_AndGivesANewToken()
    {
        var directory = new TablePeopleDirectory(Engine);
        var first = await directory.SaveAsync(Person.Unknown(_workspace, "U_SEQ"));

        var second = await directory.SaveAsync(first with { DisplayName = "Sam" });

        Assert.NotEqual(first.ConcurrencyToken, second.ConcurrencyToken);
        Assert.Equal("Sam", (await directory.GetAsync(_workspace, "U_SEQ"))!.DisplayName);
    }

    [Theory]
    [InlineData("29:1abc/x#y?")]
    [InlineData("a\\b%2F|c")]
    [InlineData("%")]
    public async Task Ids_with_characters_a_key_may_not_hold_round_trip(string userId)
    {
        var directory = new TablePeopleDirectory(Engine);

        var saved = await directory.SaveAsync(Person.Unknown(_workspace, userId) with { Manager = "U_BOSS" });
        await directory.SaveAsync(saved with { Delegate = "U_PEER" });

        var read = await directory.GetAsync(_workspace, userId);
        Assert.Equal((userId, "U_BOSS", "U_PEER"), (read!.UserId, read.Manager, read.Delegate));
        Assert.Equal([userId], (await directory.ListAsync(_workspace)).Select(p => p.UserId));
    }

    [Fact]
    public async Task The_same_user_id_in_two_workspaces_is_two_people()
    {
        var directory = new TablePeopleDirectory(Engine);
        var other = NewWorkspace();
        await directory.SaveAsync(Person.Unknown(_workspace, "U_SAME") with { DisplayName = "Here" });
        await directory.SaveAsync(Person.Unknown(other, "U_SAME") with { DisplayName = "There" });

        Assert.Equal("Here", (await directory.GetAsync(_workspace, "U_SAME"))!.DisplayName);
        Assert.Equal("There", (await directory.GetAsync(other, "U_SAME"))!.DisplayName);
        Assert.Equal(other, (await directory.GetAsync(other, "U_SAME"))!.Workspace);
    }

    private static WorkspaceId NewWorkspace() => WorkspaceId.ForTeams(Guid.NewGuid().ToString());
}

public sealed class SqlitePeopleDirectoryTests(Sqlite.SqliteStoreFixture fixture) : PeopleDirectoryContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzurePeopleDirectoryTests : PeopleDirectoryContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
