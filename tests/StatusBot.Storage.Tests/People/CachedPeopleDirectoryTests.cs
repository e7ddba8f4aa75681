using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Storage.People;

namespace StatusBot.Storage.Tests.People;

/// <summary>The people cache in front of the directory: fewer reads, never a stale write.</summary>
public sealed class CachedPeopleDirectoryTests(Sqlite.SqliteStoreFixture fixture) : IClassFixture<Sqlite.SqliteStoreFixture>
{
    private readonly WorkspaceId _workspace = WorkspaceId.ForTeams(Guid.NewGuid().ToString());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private Person Sam => new() { Workspace = _workspace, UserId = "U_SAM", DisplayName = "Sam", TimeZone = "Europe/Berlin" };

    [Fact]
    public async Task A_person_and_a_missing_one_are_read_once_until_the_lifetime_ends()
    {
        var tables = new CountingTableStore(fixture.Store);
        await new TablePeopleDirectory(tables).SaveAsync(Sam);
        var cached = new CachedPeopleDirectory(new TablePeopleDirectory(tables), _time);
        tables.Reset();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Sam", (await cached.GetAsync(_workspace, "U_SAM"))?.DisplayName);
            Assert.Null(await cached.GetAsync(_workspace, "U_NOBODY"));
        }

        Assert.Equal(2, tables.Reads);
        _time.Advance(CachedPeopleDirectory.Lifetime + TimeSpan.FromSeconds(1));
        await cached.GetAsync(_workspace, "U_SAM");
        Assert.Equal(3, tables.Reads);
    }

    [Fact]
    public async Task A_save_here_is_seen_at_once_and_a_refused_one_forgets_the_stale_copy()
    {
        var tables = new CountingTableStore(fixture.Store);
        var cached = new CachedPeopleDirectory(new TablePeopleDirectory(tables), _time);
        var mine = await cached.SaveAsync(Sam);
        Assert.Equal("Asia/Tokyo", (await cached.SaveAsync(mine with { TimeZone = "Asia/Tokyo" })).TimeZone);
        Assert.Equal("Asia/Tokyo", (await cached.GetAsync(_workspace, "U_SAM"))?.TimeZone);

        // Another host changes Sam; this host's copy is stale, so its save is refused and its next read is fresh.
        var elsewhere = new TablePeopleDirectory(tables);
        await elsewhere.SaveAsync((await elsewhere.GetAsync(_workspace, "U_SAM"))! with { TimeZone = "America/Chicago" });
        var stale = (await cached.GetAsync(_workspace, "U_SAM"))!;
        await Assert.ThrowsAsync<PersonConflictException>(() => cached.SaveAsync(stale with { DisplayName = "Samuel" }));
        Assert.Equal("America/Chicago", (await cached.GetAsync(_workspace, "U_SAM"))?.TimeZone);
    }
}
