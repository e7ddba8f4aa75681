using StatusBot.Core.Chat;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.People;

public sealed class PersonRefreshTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.Parse("slack-T0123");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly PlatformDetails Maria = new(Workspace, "U0123", "Maria Lopez", "Europe/Madrid", "maria@example.com");

    [Fact]
    public async Task FillAsync_UnknownPerson_StoresTheirNameZoneEmailAndReach()
    {
        var people = new InMemoryPeopleDirectory();

        await PersonRefresh.FillAsync(people, Maria, Now);

        var person = await people.GetAsync(Workspace, "U0123");
        Assert.Equal(("Maria Lopez", "Europe/Madrid", "maria@example.com", Reach.Reachable, Now),
            (person!.DisplayName, person.TimeZone, person.Email, person.Reach, person.RefreshedAt));
    }

    [Fact]
    public void Apply_TitleGiven_TakesItTrimmed_AndABlankOneKeepsTheKnownTitle()
    {
        var titled = PersonRefresh.Apply(null, Maria with { Title = " Delivery lead " }, Now);
        var blank = PersonRefresh.Apply(titled, Maria with { Title = "  " }, Now);

        Assert.Equal("Delivery lead", titled.Title);
        Assert.Equal("Delivery lead", blank.Title);
        Assert.Null(PersonRefresh.Apply(null, Maria, Now).Title);
    }

    [Fact]
    public async Task FillAsync_KeepsWhatPeopleSetThemselvesAndClearsAnOldReachProblem()
    {
        var people = new InMemoryPeopleDirectory();
        var away = new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5));
        await people.SaveAsync(Person.Unknown(Workspace, "U0123") with
        {
            Manager = "U_BOSS", Delegate = "U_PEER", TimeOff = [away], WorkdayStart = new TimeOnly(7, 0), WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Monday },
            Reach = Reach.Unreachable, ReachProblem = "blocked", RefreshedAt = Now.AddDays(-2),
        });

        await PersonRefresh.FillAsync(people, Maria, Now);

        var person = (await people.GetAsync(Workspace, "U0123"))!;
        Assert.Equal(("U_BOSS", "U_PEER", new TimeOnly(7, 0), away), (person.Manager, person.Delegate, person.WorkdayStart, Assert.Single(person.TimeOff)));
        Assert.Equal([DayOfWeek.Monday], person.WorkingDays!);
        Assert.Equal((Reach.Reachable, (string?)null, "Maria Lopez"), (person.Reach, person.ReachProblem, person.DisplayName));
    }

    [Fact]
    public async Task FillAsync_PlatformNamesAManager_FillsOneNobodySetButNeverReplacesOne()
    {
        var people = new InMemoryPeopleDirectory();
        await PersonRefresh.FillAsync(people, Maria with { Manager = "U_GRAPH" }, Now);
        await people.SaveAsync(Person.Unknown(Workspace, "U0456") with { Manager = "U_SET", RefreshedAt = Now.AddDays(-2) });

        await PersonRefresh.FillAsync(people, new PlatformDetails(Workspace, "U0456", "Bo", null) { Manager = "U_GRAPH" }, Now);

        Assert.Equal("U_GRAPH", (await people.GetAsync(Workspace, "U0123"))!.Manager);
        Assert.Equal("U_SET", (await people.GetAsync(Workspace, "U0456"))!.Manager);
    }

    [Fact]
    public async Task FillAsync_PlatformManagerWouldCloseALoop_StoresTheRestWithoutIt()
    {
        var people = new InMemoryPeopleDirectory();
        await people.SaveAsync(Person.Unknown(Workspace, "U_BOSS") with { Manager = "U0123" });

        await PersonRefresh.FillAsync(people, Maria with { Manager = "U_BOSS" }, Now);

        var person = (await people.GetAsync(Workspace, "U0123"))!;
        Assert.Equal(((string?)null, "Maria Lopez"), (person.Manager, person.DisplayName));
    }

    [Fact]
    public async Task FillAsync_RefreshedWithinADay_WritesNothing()
    {
        var people = new InMemoryPeopleDirectory();
        await PersonRefresh.FillAsync(people, Maria, Now);

        var again = await PersonRefresh.FillAsync(people, Maria with { DisplayName = "Maria L." }, Now.AddHours(23));
        await PersonRefresh.FillAsync(people, Maria with { DisplayName = "María" }, Now.AddDays(1));

        Assert.Null(again);
        Assert.Equal(2, people.Saves);
        Assert.Equal("María", (await people.GetAsync(Workspace, "U0123"))!.DisplayName);
    }

    [Fact]
    public void Apply_ZoneThatIsNotIana_KeepsTheKnownOne()
    {
        var stored = Person.Unknown(Workspace, "U0123") with { TimeZone = "Europe/Madrid" };

        Assert.Equal("Europe/Madrid", PersonRefresh.Apply(stored, Maria with { TimeZone = "Romance Standard Time x" }, Now).TimeZone);
    }

    [Fact]
    public void Apply_DeactivatedAccount_IsUnreachable()
    {
        var person = PersonRefresh.Apply(null, Maria with { Active = false }, Now);

        Assert.Equal(Reach.Unreachable, person.Reach);
        Assert.Contains("deactivated", person.ReachProblem, StringComparison.Ordinal);
    }
}
