using Microsoft.Extensions.Time.Testing;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.DueWork;
using StatusBot.Core.People;
using StatusBot.Core.Tests.Fakes;

namespace StatusBot.Core.Tests.CheckIns;

/// <summary>
/// Check-ins in the owner's time: their zone, their days, the workspace's holidays and their time off; a delegate
/// while they are away; their manager when they are silent. Due dates stay in the commitment's zone.
/// </summary>
public sealed class OwnerTimeTests
{
    private const string Berlin = "Europe/Berlin";
    private const string Tokyo = "Asia/Tokyo";
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack("T1");
    private readonly FakeTimeProvider _time = new(Given.Local(Berlin, 2026, 11, 23, 8, 0)); // Monday
    private readonly InMemoryCommitmentStore _store = new();
    private readonly InMemoryWakeUpSchedule _wakeUps = new();
    private readonly InMemoryPeopleDirectory _people = new();
    private readonly RecordingChatPort _chat = new();
    private readonly FixedCheckInSettings _settings;
    private readonly CommitmentService _service;
    private readonly DueWorkRunner _runner;

    public OwnerTimeTests() : this(CheckInSettings.Default)
    {
    }

    private OwnerTimeTests(CheckInSettings settings)
    {
        _settings = new FixedCheckInSettings(settings);
        _service = new CommitmentService(_store, new CheckInPlanning(_wakeUps, _time, _settings, _people), _time);
        _runner = new DueWorkRunner(_wakeUps, new CheckInRunner(_store, _wakeUps, _chat, _time, _settings, _people), _time);
    }

    private async Task<Commitment> CreateAsync(string due = "2026-12-18", string zone = Berlin)
    {
        var input = new CommitmentInput("Pilot rollout", "Acme", due, zone, "U_OWNER", "C_PROJECT", "C_ACME", NoticeDays: null);
        return (await _service.CreateAsync(Workspace, input, "U_OWNER")).Value!;
    }

    private Task<Person> SetOwnerAsync(Func<Person, Person> change) =>
        _people.SaveAsync(change(Person.Unknown(Workspace, "U_OWNER")));

    private async Task RunUntilAsync(DateTimeOffset until)
    {
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(TimeSpan.FromMinutes(15));
            await _runner.RunDueAsync("host-a");
        }
    }

    /// <summary>Every direct message sent (check-ins and reminders), when and to whom.</summary>
    private List<(DateTimeOffset At, string To, string Text)> Questions { get; } = [];

    private async Task RunRecordingAsync(DateTimeOffset until)
    {
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(TimeSpan.FromMinutes(15));
            var before = _chat.Sent.Count;
            await _runner.RunDueAsync("host-a");
            Questions.AddRange(_chat.Sent.Skip(before).Where(s => s.To.Kind == ChatAddressKind.User).Select(s => (_time.GetUtcNow(), s.To.Id, s.Message.Text)));
        }
    }

    private static DateTimeOffset In(string zone, DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZones.Get(zone));

    private static DateOnly DayIn(string zone, DateTimeOffset at) => DateOnly.FromDateTime(In(zone, at).DateTime);

    [Fact]
    public async Task Owner_in_tokyo_on_a_berlin_commitment_is_asked_at_ten_tokyo_time()
    {
        await SetOwnerAsync(p => p with { TimeZone = Tokyo });
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        var checkIns = Questions.Where(q => q.Text.StartsWith("Is ", StringComparison.Ordinal)).ToList();
        Assert.True(checkIns.Count >= 3, $"asked {checkIns.Count} times");
        Assert.All(checkIns, q => Assert.InRange(In(Tokyo, q.At).TimeOfDay, new TimeSpan(10, 0, 0), new TimeSpan(10, 15, 0)));
        Assert.All(Questions, q => Assert.InRange(In(Tokyo, q.At).TimeOfDay, new TimeSpan(9, 0, 0), new TimeSpan(17, 15, 0)));
        Assert.All(Questions, q => Assert.Equal("U_OWNER", q.To));
    }

    [Fact]
    public async Task Owner_without_a_directory_entry_is_asked_in_the_commitments_zone()
    {
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        var checkIns = Questions.Where(q => q.Text.StartsWith("Is ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checkIns);
        Assert.All(checkIns, q => Assert.InRange(In(Berlin, q.At).TimeOfDay, new TimeSpan(10, 0, 0), new TimeSpan(10, 15, 0)));
    }

    [Fact]
    public async Task Owner_who_works_sunday_to_thursday_is_never_asked_on_friday()
    {
        await SetOwnerAsync(p => p with
        {
            WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday },
        });
        await CreateAsync(due: "2026-12-04");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 12, 4, 20, 0));

        Assert.NotEmpty(Questions);
        Assert.DoesNotContain(Questions, q => In(Berlin, q.At).DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday);
    }

    [Fact]
    public async Task Workspace_holiday_is_no_day_for_check_ins()
    {
        var world = new OwnerTimeTests(CheckInSettings.Default with { Holidays = new HashSet<DateOnly> { new(2026, 11, 25) } });
        await world.CreateAsync(due: "2026-11-27");

        await world.RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        Assert.Contains(world.Questions, q => DayIn(Berlin, q.At) == new DateOnly(2026, 11, 26));
        Assert.DoesNotContain(world.Questions, q => DayIn(Berlin, q.At) == new DateOnly(2026, 11, 25));
    }

    [Fact]
    public async Task Owner_away_without_a_delegate_is_not_asked_while_away()
    {
        await SetOwnerAsync(p => p with { TimeOff = [new DateRange(new(2026, 11, 24), new(2026, 11, 25))] });
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        Assert.Contains(Questions, q => DayIn(Berlin, q.At) == new DateOnly(2026, 11, 26));
        Assert.DoesNotContain(Questions, q => DayIn(Berlin, q.At) is { Day: 24 or 25 });
        Assert.All(Questions, q => Assert.Equal("U_OWNER", q.To));
    }

    [Fact]
    public async Task Owner_away_with_a_delegate_has_the_delegate_asked_in_their_place()
    {
        await SetOwnerAsync(p => p with { DisplayName = "Ann", Delegate = "U_MARIA", TimeOff = [new DateRange(new(2026, 11, 24), new(2026, 11, 25))] });
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        Assert.Contains(Questions, q => q.To == "U_MARIA" && DayIn(Berlin, q.At) == new DateOnly(2026, 11, 24));
        Assert.All(Questions.Where(q => q.To == "U_MARIA"), q => Assert.True(DayIn(Berlin, q.At) is { Day: 24 or 25 }));
        Assert.Contains(Questions, q => q.To == "U_OWNER" && DayIn(Berlin, q.At) == new DateOnly(2026, 11, 26));
        var asked = _chat.Sent.First(s => s.To.Id == "U_MARIA");
        Assert.StartsWith("You are standing in for Ann while they are away. ", asked.Message.Text, StringComparison.Ordinal);
        Assert.NotEmpty(asked.Message.Buttons);
    }

    [Fact]
    public async Task Silent_owner_is_escalated_to_the_channel_and_to_their_manager_once_each()
    {
        await SetOwnerAsync(p => p with { Manager = "U_BOSS" });
        await CreateAsync(due: "2026-11-27");

        await RunUntilAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        var toChannel = _chat.Sent.Where(s => s.To.Id == "C_PROJECT" && s.Message.Text.Contains("has not answered", StringComparison.Ordinal)).ToList();
        var toBoss = _chat.Sent.Where(s => s.To.Id == "U_BOSS").ToList();
        Assert.NotEmpty(toChannel);
        Assert.Equal(toChannel.Count, toBoss.Count);
        Assert.Equal(toBoss.Count, toBoss.Select(s => s.Key).Distinct().Count());
        Assert.All(toBoss, s => Assert.Equal(ChatAddressKind.User, s.To.Kind));
        Assert.Contains("U_OWNER, who reports to you, has not answered", toBoss[0].Message.Text, StringComparison.Ordinal);
        Assert.Contains("Pilot rollout for Acme", toBoss[0].Message.Text, StringComparison.Ordinal);
        Assert.All(toChannel, s => Assert.Contains("Manager: U_BOSS.", s.Message.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Owner_without_a_manager_is_escalated_to_the_channel_only()
    {
        await CreateAsync(due: "2026-11-27");

        await RunUntilAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        Assert.Contains(_chat.Sent, s => s.To.Id == "C_PROJECT" && s.Message.Text.Contains("has not answered", StringComparison.Ordinal));
        Assert.DoesNotContain(_chat.Sent, s => s.To.Kind == ChatAddressKind.User && s.To.Id != "U_OWNER");
    }

    [Fact]
    public async Task Owner_away_over_the_due_date_without_a_delegate_has_their_manager_told_once_on_their_last_day_in()
    {
        await SetOwnerAsync(p => p with { Manager = "U_BOSS", TimeOff = [new DateRange(new(2026, 11, 26), new(2026, 11, 30))] });
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 20, 0));

        var told = Assert.Single(_chat.Sent, s => s.To.Id == "U_BOSS" && s.Message.Text.Contains("is away from", StringComparison.Ordinal));
        Assert.Contains("U_OWNER, who reports to you, is away from", told.Message.Text, StringComparison.Ordinal);
        Assert.Contains("with no one standing in", told.Message.Text, StringComparison.Ordinal);
        Assert.Equal(["U_OWNER"], told.Message.Mentions);
        var at = Questions.Single(q => q.To == "U_BOSS" && q.Text.Contains("is away from", StringComparison.Ordinal)).At;
        Assert.Equal(new DateOnly(2026, 11, 25), DayIn(Berlin, at));
        Assert.DoesNotContain(Questions, q => q.To == "U_OWNER" && DayIn(Berlin, q.At) >= new DateOnly(2026, 11, 26));
    }

    [Fact]
    public async Task Owner_away_over_the_due_date_with_a_delegate_needs_no_notice_to_the_manager()
    {
        await SetOwnerAsync(p => p with { Manager = "U_BOSS", Delegate = "U_MARIA", TimeOff = [new DateRange(new(2026, 11, 26), new(2026, 11, 30))] });
        await CreateAsync(due: "2026-11-27");

        await RunRecordingAsync(Given.Local(Berlin, 2026, 11, 27, 8, 0));

        Assert.DoesNotContain(_chat.Sent, s => s.Message.Text.Contains("is away from", StringComparison.Ordinal));
        Assert.Contains(Questions, q => q.To == "U_MARIA" && DayIn(Berlin, q.At) == new DateOnly(2026, 11, 26));
    }
}
