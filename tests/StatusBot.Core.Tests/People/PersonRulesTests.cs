using StatusBot.Core.Chat;
using StatusBot.Core.People;

namespace StatusBot.Core.Tests.People;

public sealed class PersonRulesTests
{
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T0123");
    private static readonly DateRange Christmas = new(new(2026, 12, 21), new(2027, 1, 4));

    [Fact]
    public void Check_EverythingSetAndSound_FindsNothing()
    {
        var candidate = Person("U_ME") with
        {
            TimeZone = "Europe/Berlin",
            WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday },
            WorkdayStart = new(9, 0),
            WorkdayEnd = new(17, 0),
            Manager = "U_BOSS",
            Delegate = "U_PEER",
            TimeOff = [Christmas, new(new(2027, 5, 1), new(2027, 5, 1))],
        };
        Person[] everyone = [Person("U_BOSS") with { Manager = "U_CEO" }, Person("U_CEO"), Person("U_PEER") with { TimeOff = [new(new(2027, 2, 1), new(2027, 2, 5))] }];

        Assert.Empty(PersonRules.Check(candidate, everyone));
    }

    [Fact]
    public void Check_NothingKnown_FindsNothing()
    {
        Assert.Empty(PersonRules.Check(Person("U_ME"), []));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("CEST")]
    public void Check_ZoneThatIsNotIana_IsATimeZoneError(string zone)
    {
        Assert.Equal(["timeZone"], Fields(PersonRules.Check(Person("U_ME") with { TimeZone = zone }, [])));
    }

    [Theory]
    [InlineData("Asia/Tokyo")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("UTC")]
    public void Check_IanaZone_IsAccepted(string zone)
    {
        Assert.Empty(PersonRules.Check(Person("U_ME") with { TimeZone = zone }, []));
    }

    [Fact]
    public void Check_NoWorkingDayAtAll_IsAWorkingDaysError()
    {
        Assert.Equal(["workingDays"], Fields(PersonRules.Check(Person("U_ME") with { WorkingDays = new HashSet<DayOfWeek>() }, [])));
    }

    [Theory]
    [InlineData(17, 9)]
    [InlineData(9, 9)]
    public void Check_WorkdayNotStartingBeforeItEnds_IsAWorkdayStartError(int start, int end)
    {
        var errors = PersonRules.Check(Person("U_ME") with { WorkdayStart = new(start, 0), WorkdayEnd = new(end, 0) }, []);

        Assert.Equal(["workdayStart"], Fields(errors));
    }

    [Fact]
    public void Check_OnlyOneEndOfTheWorkdaySet_IsAccepted()
    {
        // The other end is the workspace's; whether the two fit is the workspace settings' concern.
        Assert.Empty(PersonRules.Check(Person("U_ME") with { WorkdayStart = new(23, 0) }, []));
        Assert.Empty(PersonRules.Check(Person("U_ME") with { WorkdayEnd = new(1, 0) }, []));
    }

    [Fact]
    public void Check_TimeOffEndingBeforeItStarts_IsATimeOffErrorForEachSuchRange()
    {
        var backwards = new DateRange(new(2027, 1, 4), new(2026, 12, 21));
        var errors = PersonRules.Check(Person("U_ME") with { TimeOff = [backwards, Christmas, new(new(2027, 3, 2), new(2027, 3, 1))] }, []);

        Assert.Equal(["timeOff", "timeOff"], Fields(errors));
        Assert.Contains("2027-01-04", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TimeOffOfOneDay_IsAccepted()
    {
        Assert.Empty(PersonRules.Check(Person("U_ME") with { TimeOff = [new(new(2027, 3, 1), new(2027, 3, 1))] }, []));
    }

    [Fact]
    public void Check_OwnManager_IsAManagerError()
    {
        Assert.Equal(["manager"], Fields(PersonRules.Check(Person("U_ME") with { Manager = "U_ME" }, [])));
    }

    [Fact]
    public void Check_TwoManagingEachOther_IsALoop()
    {
        var errors = PersonRules.Check(Person("U_A") with { Manager = "U_B" }, [Person("U_B") with { Manager = "U_A" }]);

        Assert.Equal(["manager"], Fields(errors));
        Assert.Contains("loop", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreePersonLoop_IsALoopNamingEveryone()
    {
        Person[] everyone = [Person("U_B") with { Manager = "U_C" }, Person("U_C") with { Manager = "U_A" }];

        var errors = PersonRules.Check(Person("U_A") with { Manager = "U_B" }, everyone);

        Assert.Equal(["manager"], Fields(errors));
        Assert.All(new[] { "U_A", "U_B", "U_C" }, id => Assert.Contains(id, errors[0].Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LongChainThatIsNotALoop_IsAccepted()
    {
        // 150 people, each managed by the next, the last by no one: a long chain, and no loop.
        var everyone = Enumerable.Range(1, 150).Select(i => Person($"U{i}") with { Manager = i < 150 ? $"U{i + 1}" : null }).ToList();

        Assert.Empty(PersonRules.Check(Person("U0") with { Manager = "U1" }, everyone));
    }

    [Fact]
    public void Check_LongLoopBackToThePerson_IsALoop()
    {
        // 150 people, each managed by the next, the last by U0: naming U1 as U0's manager closes a loop of 151.
        var everyone = Enumerable.Range(1, 150).Select(i => Person($"U{i}") with { Manager = i < 150 ? $"U{i + 1}" : "U0" }).ToList();

        Assert.Equal(["manager"], Fields(PersonRules.Check(Person("U0") with { Manager = "U1" }, everyone)));
    }

    [Fact]
    public void Check_LoopAboveThePersonThatDoesNotReachThem_IsNotTheirs()
    {
        // U_B and U_C already manage each other (a loop stored before); naming U_B as manager does not close it.
        Person[] everyone = [Person("U_B") with { Manager = "U_C" }, Person("U_C") with { Manager = "U_B" }];

        Assert.Empty(PersonRules.Check(Person("U_A") with { Manager = "U_B" }, everyone));
    }

    [Fact]
    public void Check_TheCandidatesStoredVersion_DoesNotCount()
    {
        // The directory still holds the candidate as stored; only the candidate as it would be counts (U_B leaving a loop with U_A is fine).
        Person[] everyone = [Person("U_A") with { Manager = "U_B" }, Person("U_B")];

        Assert.Empty(PersonRules.Check(Person("U_A") with { Manager = "U_B" }, everyone));
        Assert.Empty(PersonRules.Check(Person("U_B") with { Manager = "U_C" }, [Person("U_A") with { Manager = "U_B" }, Person("U_B") with { Manager = "U_A" }]));
    }

    [Fact]
    public void Check_ManagerUnknownToTheDirectory_IsAccepted()
    {
        Assert.Empty(PersonRules.Check(Person("U_A") with { Manager = "U_NEWCOMER" }, []));
    }

    [Fact]
    public void Check_OwnDelegate_IsADelegateError()
    {
        Assert.Equal(["delegate"], Fields(PersonRules.Check(Person("U_ME") with { Delegate = "U_ME" }, [])));
    }

    [Fact]
    public void Check_DelegateAwayAtTheSameTime_IsADelegateErrorNamingThemAndTheDays()
    {
        var peer = Person("U_PEER") with { DisplayName = "Priya", TimeOff = [new(new(2027, 1, 2), new(2027, 1, 10))] };

        var errors = PersonRules.Check(Person("U_ME") with { Delegate = "U_PEER", TimeOff = [Christmas] }, [peer]);

        Assert.Equal(["delegate"], Fields(errors));
        Assert.Contains("Priya", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("2027-01-02", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DelegateAwayOnlyOnTheLastDay_StillClashes()
    {
        var peer = Person("U_PEER") with { TimeOff = [new(new(2027, 1, 4), new(2027, 1, 4))] };

        Assert.Equal(["delegate"], Fields(PersonRules.Check(Person("U_ME") with { Delegate = "U_PEER", TimeOff = [Christmas] }, [peer])));
    }

    [Fact]
    public void Check_DelegateAwayAtAnotherTime_IsAccepted()
    {
        var peer = Person("U_PEER") with { TimeOff = [new(new(2027, 1, 5), new(2027, 1, 9))] };

        Assert.Empty(PersonRules.Check(Person("U_ME") with { Delegate = "U_PEER", TimeOff = [Christmas] }, [peer]));
    }

    [Fact]
    public void Check_DelegateUnknownToTheDirectory_IsAccepted()
    {
        Assert.Empty(PersonRules.Check(Person("U_ME") with { Delegate = "U_NEWCOMER", TimeOff = [Christmas] }, []));
    }

    [Fact]
    public void Check_SeveralProblems_ReportsEachInFieldOrder()
    {
        var candidate = Person("U_ME") with
        {
            TimeZone = "Nowhere/Land",
            WorkingDays = new HashSet<DayOfWeek>(),
            WorkdayStart = new(18, 0),
            WorkdayEnd = new(8, 0),
            TimeOff = [new(new(2027, 2, 2), new(2027, 2, 1))],
            Manager = "U_ME",
            Delegate = "U_ME",
        };

        Assert.Equal(["timeZone", "workingDays", "workdayStart", "timeOff", "manager", "delegate"], Fields(PersonRules.Check(candidate, [])));
    }

    private static Person Person(string id) => Core.People.Person.Unknown(Workspace, id);

    private static string[] Fields(IReadOnlyList<Validation.FieldError> errors) => [.. errors.Select(e => e.Field)];
}
