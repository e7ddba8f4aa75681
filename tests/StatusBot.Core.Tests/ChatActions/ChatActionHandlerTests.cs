using StatusBot.Core.People;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Slips;

namespace StatusBot.Core.Tests.ChatActions;

public class ChatActionHandlerTests
{
    private readonly ChatWorld _world = new();

    [Fact]
    public async Task HandleClick_CheckInAnsweredByAnotherUser_RefusesAndChangesNothing()
    {
        var commitment = await _world.CommitmentAsync();

        var response = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.OnTrack), "U_OTHER");

        Assert.Equal("Only U_OWNER can answer this.", response.Messages[0].Text);
        Assert.Null(response.Answered);
        Assert.Equal(1, (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Version);
    }

    [Theory]
    [InlineData(CheckInAnswer.OnTrack, Health.OnTrack, CommitmentStatus.Open)]
    [InlineData(CheckInAnswer.AtRisk, Health.AtRisk, CommitmentStatus.Open)]
    [InlineData(CheckInAnswer.Delivered, Health.Unknown, CommitmentStatus.Delivered)]
    public async Task HandleClick_CheckInAnswer_RecordsItAndSpendsTheButtons(CheckInAnswer answer, Health health, CommitmentStatus status)
    {
        var commitment = await _world.CommitmentAsync();

        var response = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, answer));

        var stored = await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id);
        Assert.Equal((health, status), (stored!.Health, stored.Status));
        Assert.Empty(response.Answered!.Buttons);
    }

    [Fact]
    public async Task HandleClick_SnoozeThenTomorrow_SnoozesUntilTomorrow()
    {
        var commitment = await _world.CommitmentAsync();

        var choices = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Snooze));
        var snooze = choices.Messages[0].Buttons[0];
        var response = await _world.ClickAsync(snooze.ActionId, snooze.Value);

        Assert.Equal(new DateOnly(2026, 3, 3), (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.CheckIns.SnoozedUntil);
        Assert.Contains("Tuesday 3 March 2026", response.Answered!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommand_SlipWithSeveralCommitments_OffersEachAndWordsNarrowToOne()
    {
        await _world.CommitmentAsync("Bulk export");
        await _world.CommitmentAsync("Audit log");
        await _world.CommitmentAsync("Someone else's", owner: "U_OTHER");

        var choice = await _world.CommandAsync("slip");
        var narrowed = await _world.CommandAsync("slip", "audit");

        Assert.Equal(["Audit log", "Bulk export"], choice.Messages[0].Buttons.Select(b => b.Label.Split(" (")[0]));
        Assert.Equal(SlipActions.SubmitDate, narrowed.Form!.FormActions[0].ActionId);
        Assert.Contains("Audit log", narrowed.Form.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommand_SlipMatchingNothing_SaysHowToFindThem()
    {
        await _world.CommitmentAsync();

        var response = await _world.CommandAsync("/slip", "zebra");

        Assert.Contains("mentions \"zebra\"", response.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommand_Unknown_AnswersWithHelp()
    {
        var response = await _world.CommandAsync("dance");

        Assert.StartsWith("I do not know \"dance\".", response.Messages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", response.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains(ChatHelp.Text, response.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(ChatHelp.Commands, Assert.Single(response.Messages[0].Sections).Items);
    }

    [Theory]
    [InlineData("lst", "list")]
    [InlineData("lists", "list")]
    [InlineData("comit", "commit")]
    [InlineData("chekin", "checkin")]
    [InlineData("check-in", "checkin")]
    [InlineData("dig", "digest")]
    [InlineData("slipping", "slip")]
    public async Task HandleCommand_Typo_SuggestsTheCommandMeant(string typed, string meant)
    {
        var response = await _world.CommandAsync(typed);

        Assert.StartsWith($"I do not know \"{typed}\". Did you mean {meant}?", response.Messages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello", "")]
    [InlineData("Hi!", "")]
    [InlineData("good", "morning")]
    public async Task HandleCommand_Greeting_IsGreetedWithThreeThingsToTry(string command, string arguments)
    {
        var response = await _world.CommandAsync(command, arguments);

        var greeting = Assert.Single(response.Messages);
        Assert.StartsWith("Hi, I am StatusBot.", greeting.Text, StringComparison.Ordinal);
        Assert.Equal(3, greeting.Sections[0].Items.Count);
        Assert.Equal(["commit", "checkin", "digest"], greeting.Sections[0].Items.Select(i => i.Split(':')[0]));
    }

    [Fact]
    public async Task HandleCommand_Help_IsAListOfEveryCommand()
    {
        var response = await _world.CommandAsync("help");

        var help = Assert.Single(response.Messages);
        Assert.Equal(ChatHelp.Text, help.Text);
        Assert.Equal(ChatHelp.Commands, help.Sections[0].Items);
        Assert.All(ChatHelp.Words, w => Assert.Contains(help.Sections[0].Items, i => i.Contains(w, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleClick_CommitFormWithMissingParts_ReturnsTheFormWithFieldErrors()
    {
        var form = await _world.CommandAsync("commit", where: ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel));
        var submit = form.Form!.FormActions[0];

        var refused = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner, ("title", "Bulk export"), ("dueDate", "2026-03-20"));
        var created = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner,
            ("title", "Bulk export"), ("customer", "Acme"), ("dueDate", "2026-03-20"), ("customerDestination", ChatWorld.Customer), ("timeZone", "Europe/Berlin"));

        Assert.Contains(refused.Errors, e => e.Field == "customer");
        Assert.NotNull(refused.Form);
        Assert.StartsWith("Added Bulk export for Acme", created.Messages[0].Text, StringComparison.Ordinal);
        var stored = Assert.Single(await _world.Commitments.ListAsync(ChatWorld.Workspace));
        Assert.Equal((ChatWorld.Owner, ChatWorld.Channel), (stored.Owner, stored.Channel));
    }

    [Fact]
    public async Task HandleClick_CommitFormRefused_KeepsEveryValueAndPutsTheErrorOnItsField()
    {
        var form = await _world.CommandAsync("commit", where: ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel));
        var submit = form.Form!.FormActions[0];

        var refused = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner, ("title", "Bulk export"), ("customer", "Acme"),
            ("dueDate", "2026-03-20"), ("customerDestination", ChatWorld.Customer), ("timeZone", "Mars/Olympus"), ("noticeDays", "4"), ("coOwners", "U_BO"));

        var shown = refused.FormShowingErrors()!.Inputs.ToDictionary(i => i.Id);
        Assert.Equal(("Bulk export", "Acme", "2026-03-20", ChatWorld.Customer, "Mars/Olympus", "4", "U_BO"),
            (shown["title"].InitialValue, shown["customer"].InitialValue, shown["dueDate"].InitialValue, shown["customerDestination"].InitialValue,
             shown["timeZone"].InitialValue, shown["noticeDays"].InitialValue, shown["coOwners"].InitialValue));
        Assert.NotNull(shown["timeZone"].Error);
        Assert.Null(shown["customer"].Error);
    }

    [Fact]
    public async Task HandleCommand_ListShowsOnlyMyOpenCommitmentsWithHealthAndNextCheckIn()
    {
        await _world.CommitmentAsync("Bulk export");
        await _world.CommitmentAsync("Someone else's", owner: "U_OTHER");

        var response = await _world.CommandAsync("commit", "list");

        var section = Assert.Single(response.Messages[0].Sections);
        Assert.Equal("Bulk export", section.Heading);
        Assert.Contains("not answered yet; next check-in", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommand_ListAfterAWarning_ShowsTheLastAnswerAndThatTheWarningWentOut()
    {
        var commitment = await _world.CommitmentAsync("Bulk export");
        var writing = await _world.CommitmentAsync("Year-end report", due: "2026-03-27");
        await _world.ToPreviewAsync(commitment);
        await _world.ClickAsync(SlipActions.Send, commitment.Id);
        await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(writing.Id, CheckInAnswer.Slipping));

        var sections = (await _world.CommandAsync("list")).Messages[0].Sections.ToDictionary(s => s.Heading!);

        Assert.Contains("last answered slipping on", sections["Bulk export"].Body, StringComparison.Ordinal);
        Assert.Contains("warning sent to the customer on", sections["Bulk export"].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("not answered yet", sections["Bulk export"].Body, StringComparison.Ordinal);
        Assert.Contains("a warning to the customer is started, not sent yet", sections["Year-end report"].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleCommand_ListOfCommitmentsNeverAnswered_ReadsNoHistory()
    {
        await _world.CommitmentAsync("Bulk export");
        await _world.CommitmentAsync("Year-end report", due: "2026-03-27");
        var reads = _world.Store.HistoryReads;

        await _world.CommandAsync("list");

        Assert.Equal(reads, _world.Store.HistoryReads);
    }

    [Fact]
    public async Task HandleCommand_ListGivesEachCommitmentButtonsThatActOnIt()
    {
        var export = await _world.CommitmentAsync("Bulk export");
        var report = await _world.CommitmentAsync("Year-end report", due: "2026-03-27");

        var sections = (await _world.CommandAsync("list")).Messages[0].Sections;
        var onTrack = sections[0].Buttons.Single(b => b.Label == "On track");
        var slip = sections[1].Buttons.Single(b => b.Label == "Report a slip");
        var answered = await _world.ClickAsync(onTrack.ActionId, onTrack.Value);
        var started = await _world.ClickAsync(slip.ActionId, slip.Value);

        Assert.Equal(["On track", "At risk", "Report a slip"], sections[0].Buttons.Select(b => b.Label));
        Assert.Contains("answered On track", answered.Answered!.Text, StringComparison.Ordinal);
        Assert.Equal(Health.OnTrack, (await _world.Commitments.GetAsync(ChatWorld.Workspace, export.Id))!.Health);
        Assert.Contains(SlipActions.NewDateInput, started.Form!.Inputs.Select(i => i.Id));
        Assert.Equal(SlipStep.NewDate, (await _world.SlipStore.GetAsync(ChatWorld.Workspace, report.Id))!.State.Step);
    }

    [Fact]
    public async Task HandleCommand_CheckIn_AsksNow()
    {
        var commitment = await _world.CommitmentAsync();

        await _world.CommandAsync("checkin");

        var asked = Assert.Single(_world.Recorder.Sent);
        Assert.Contains(asked.Message.Buttons, b => b.Value == CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Slipping));
    }

    [Fact]
    public async Task HandleCommand_DigestInADirectMessageWithCommitmentsInTwoChannels_SaysWhereToAsk()
    {
        await _world.CommitmentAsync();
        await _world.Commitments.CreateAsync(ChatWorld.Workspace, new CommitmentInput("Other", "Acme", "2026-03-20", "UTC", ChatWorld.Owner, "C_OTHER", "C9"), ChatWorld.Owner);

        var response = await _world.CommandAsync("digest");

        Assert.StartsWith("A digest belongs to a project channel", response.Messages[0].Text, StringComparison.Ordinal);
        Assert.Empty(_world.Recorder.Sent);
    }

    [Fact]
    public async Task HandleCommand_DigestInADirectMessage_PostsToTheOneChannelOfMyCommitments()
    {
        await _world.CommitmentAsync();

        var response = await _world.CommandAsync("digest");

        Assert.Equal("Posted the digest of C_PROJECT, the project channel of your commitments.", response.Messages[0].Text);
        Assert.Single(_world.Recorder.Sent, s => s.To.Id == ChatWorld.Channel);
    }

    [Fact]
    public async Task HandleCommand_DigestInAChannel_PostsItOnceAndSchedulesIt()
    {
        await _world.CommitmentAsync();
        var channel = ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel);

        await _world.CommandAsync("digest", where: channel);
        var scheduled = await _world.CommandAsync("digest", "weekly monday 09:00", where: channel);
        var bad = await _world.CommandAsync("digest", "weekly someday", where: channel);
        await _world.CommandAsync("digest", "off", where: channel);

        Assert.Single(_world.Recorder.Sent, s => s.To.Id == ChatWorld.Channel);
        Assert.Equal(DayOfWeek.Monday, Assert.Single(_world.Digests.Set).Day);
        Assert.Contains("Monday 9 March at 09:00", scheduled.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("daily 09:00", bad.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal([ChatWorld.Channel], _world.Digests.Removed);
    }

    [Fact]
    public async Task HandleCommand_DigestScheduleWithoutAZone_UsesThePersonsZoneElseTheChannelsCommitments_AndANamedZoneWins()
    {
        await _world.Commitments.CreateAsync(ChatWorld.Workspace,
            new CommitmentInput("Export", "Acme", "2026-03-20", "America/Chicago", "U-NO-ZONE", ChatWorld.Channel, ChatWorld.Customer), "U-NO-ZONE");
        var channel = ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel);
        Task<ChatResponse> TypeAsync(ChatActor actor, string words) =>
            _world.Handler.HandleCommandAsync(new ChatCommand(actor, "digest", words, channel, "req-" + Guid.NewGuid().ToString("N")));

        var byChannel = await TypeAsync(new ChatActor(ChatWorld.Workspace, "U-NO-ZONE"), "weekly monday 09:00");
        await TypeAsync(ChatWorld.User(), "weekly monday 09:00");
        var named = await TypeAsync(ChatWorld.User(), "daily 08:30 Asia/Tokyo");

        Assert.Equal(["America/Chicago", "Europe/Berlin", "Asia/Tokyo"], _world.Digests.Set.Select(s => s.TimeZone));
        Assert.Contains("weekly monday 09:00 (America/Chicago)", byChannel.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("name it: digest weekly monday 09:00 America/New_York", byChannel.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("daily 08:30 (Asia/Tokyo)", named.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleClick_UnknownAction_SaysTheButtonIsNoLongerInUse()
    {
        var response = await _world.ClickAsync("old.button", "x");

        Assert.StartsWith("That button is no longer in use", response.Messages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U_MARIA", "2026-03-02", true)]
    [InlineData("U_OTHER", "2026-03-02", false)]
    [InlineData("U_MARIA", "2026-03-09", false)]
    public async Task HandleClick_CheckInAnswer_TheOwnersDelegateMayAnswerWhileTheyAreAway(string actor, string day, bool accepted)
    {
        await _world.People.SaveAsync(Person.Unknown(ChatWorld.Workspace, ChatWorld.Owner) with
        {
            Delegate = "U_MARIA",
            TimeOff = [new DateRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6))],
        });
        var commitment = await _world.CommitmentAsync();
        _world.Time.SetUtcNow(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(10, 0), TimeSpan.Zero));

        var response = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.OnTrack), actor);

        Assert.Equal(accepted, response.Answered is not null);
        Assert.Equal(accepted ? Health.OnTrack : Health.Unknown, (await _world.Store.GetAsync(ChatWorld.Workspace, commitment.Id))!.Health);
    }

    [Fact]
    public async Task HandleClick_SnoozeUntilADate_AsksForTheDateThenSnoozesUntilIt()
    {
        var commitment = await _world.CommitmentAsync(due: "2026-03-20");
        var choices = await _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, CheckInAnswer.Snooze));
        var untilButton = Assert.Single(choices.Messages[0].Buttons, b => b.Value.EndsWith("|untildate", StringComparison.Ordinal));

        var form = await _world.ClickAsync(untilButton.ActionId, untilButton.Value);
        var input = Assert.Single(form.Form!.Inputs);
        Assert.Equal((CheckInActions.SnoozeUntilInput, ChatInputKind.Date), (input.Id, input.Kind));
        var submit = form.Form.FormActions[0];

        var refused = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner, (CheckInActions.SnoozeUntilInput, "next week"));
        Assert.Equal(CheckInActions.SnoozeUntilInput, Assert.Single(refused.Errors).Field);
        Assert.Null((await _world.Store.GetAsync(ChatWorld.Workspace, commitment.Id))!.CheckIns.SnoozedUntil);

        var snoozed = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner, (CheckInActions.SnoozeUntilInput, "2026-03-12"));

        Assert.Contains("again on Thursday 12 March 2026", snoozed.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 12), (await _world.Store.GetAsync(ChatWorld.Workspace, commitment.Id))!.CheckIns.SnoozedUntil);
    }

    [Fact]
    public async Task HandleCommand_List_ReadsTheOwnerOnceAndTimesEachCheckInInTheirZone()
    {
        await _world.People.SaveAsync(Person.Unknown(ChatWorld.Workspace, ChatWorld.Owner) with { TimeZone = "Asia/Tokyo" });
        var commitments = new[] { await _world.CommitmentAsync("A"), await _world.CommitmentAsync("B"), await _world.CommitmentAsync("C") };
        var before = _world.People.Reads;

        await _world.CommandAsync("list");

        Assert.Equal(1, _world.People.Reads - before);
        var batch = await _world.Planning.NextWorkAsync(commitments);
        for (var i = 0; i < commitments.Length; i++)
        {
            Assert.Equal(await _world.Planning.NextWorkAsync(commitments[i]), batch[i]);
        }
    }
}
