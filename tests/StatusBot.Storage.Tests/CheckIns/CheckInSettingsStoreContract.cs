using StatusBot.Core.Chat;
using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.CheckIns;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.CheckIns;

/// <summary>Workspace check-in settings on every engine; each test has tables of its own.</summary>
public abstract class CheckInSettingsStoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected abstract ITableStore Engine { get; }

    [Fact]
    public async Task GetAsync_NothingSaved_ReturnsTheDefaults()
    {
        var store = new TableCheckInSettingsStore(new CountingTableStore(Engine), _time);

        Assert.Equal(CheckInSettings.Default, await store.GetAsync(WorkspaceId.Playground));
    }

    [Fact]
    public async Task SaveAsync_ThenAnotherHostReads_EveryValueRoundTripsForThatWorkspaceOnly()
    {
        var tables = new CountingTableStore(Engine);
        var settings = CheckInSettings.Default with
        {
            CheckInTime = new TimeOnly(9, 30),
            WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday },
            ReminderDelay = TimeSpan.FromHours(2),
            FarIntervalDays = 5,
        };

        await new TableCheckInSettingsStore(tables, _time).SaveAsync(WorkspaceId.Parse("slack-T1"), settings);
        var other = new TableCheckInSettingsStore(tables, _time);
        var read = await other.GetAsync(WorkspaceId.Parse("slack-T1"));

        Assert.Equal(CheckInSettingsDocument.From(settings), CheckInSettingsDocument.From(read), new DocumentComparer());
        Assert.Equal(CheckInSettings.Default, await other.GetAsync(WorkspaceId.Parse("slack-T2")));
    }

    [Fact]
    public async Task GetAsync_RepeatedWithinAMinute_ReadsTheStoreOnce()
    {
        var tables = new CountingTableStore(Engine);
        var store = new TableCheckInSettingsStore(tables, _time);

        for (var i = 0; i < 10; i++)
        {
            await store.GetAsync(WorkspaceId.Playground);
        }

        Assert.Equal(1, tables.Reads);
        _time.Advance(TableCheckInSettingsStore.CacheFor);
        await store.GetAsync(WorkspaceId.Playground);
        Assert.Equal(2, tables.Reads);
    }

    [Fact]
    public async Task SaveAsync_SettingsThatCannotWork_AreRefused()
    {
        var store = new TableCheckInSettingsStore(new CountingTableStore(Engine), _time);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(WorkspaceId.Playground, CheckInSettings.Default with { FarIntervalDays = 0 }));
    }

    /// <summary>Compares documents value by value (the days array by content).</summary>
    private sealed class DocumentComparer : IEqualityComparer<CheckInSettingsDocument>
    {
        public bool Equals(CheckInSettingsDocument? x, CheckInSettingsDocument? y) =>
            x is not null && y is not null && x.WorkingDays!.SequenceEqual(y.WorkingDays!) && x with { WorkingDays = null } == y with { WorkingDays = null };

        public int GetHashCode(CheckInSettingsDocument obj) => 0;
    }
}

public sealed class SqliteCheckInSettingsStoreTests(Sqlite.SqliteStoreFixture fixture) : CheckInSettingsStoreContract, IClassFixture<Sqlite.SqliteStoreFixture>
{
    protected override ITableStore Engine => fixture.Store;
}

public sealed class AzureCheckInSettingsStoreTests : CheckInSettingsStoreContract
{
    private readonly ITableStore _engine = new global::StatusBot.Storage.AzureTables.AzureTableStore(Azurite.CreateClient());

    protected override ITableStore Engine => _engine;
}
