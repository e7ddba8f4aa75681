using StatusBot.Core.Answers;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Core.Tests.ChatActions;

namespace StatusBot.Core.Tests.Answers;

public sealed class CustomerAnswerTests
{
    private static readonly DateOnly OldDate = new(2026, 3, 20);

    private static async Task<(ChatWorld World, Commitment Commitment)> WarnedAsync()
    {
        var world = new ChatWorld();
        var commitment = await world.CommitmentAsync();
        await world.ToPreviewAsync(commitment);
        await world.ClickAsync(SlipActions.Send, commitment.Id);
        return (world, commitment);
    }

    private static Task<CustomerAnswerResult> AnswerAsync(ChatWorld world, Commitment commitment, CustomerAnswer answer, string? note = null, DateOnly? warningFor = null) =>
        new CustomerAnswerService(world.Commitments, world.Chat).AnswerAsync(
            new CustomerAnswerRequest(ChatWorld.Workspace, commitment.Id, warningFor ?? OldDate, answer, "link") { Note = note });

    private static async Task<List<CommitmentEvent>> AnswersAsync(ChatWorld world, Commitment commitment) =>
        [.. (await world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id)).Where(e => e.Kind == CommitmentEventKind.CustomerAnswered)];

    [Fact]
    public async Task Warning_CarriesTheThreeAnswers_ForItsOldDate()
    {
        var (world, commitment) = await WarnedAsync();

        var warning = Assert.Single(world.ToCustomer());

        Assert.Equal(["The new date works", "We need it sooner", "Let's talk"], warning.Buttons.Select(b => b.Label));
        Assert.All(warning.Buttons, b => Assert.Equal(CustomerAnswers.Action, b.ActionId));
        Assert.True(CustomerAnswers.TryRead(warning.Buttons[1].Value, out var id, out var warningFor, out var answer));
        Assert.Equal((commitment.Id, OldDate, CustomerAnswer.Sooner), (id, warningFor, answer));
    }

    [Fact]
    public async Task Answer_IsRecordedWithHowLongItTook_AndTellsOwnerAndChannel()
    {
        var (world, commitment) = await WarnedAsync();
        world.Time.Advance(TimeSpan.FromMinutes(95));
        var before = world.Recorder.Sent.Count;

        var result = await AnswerAsync(world, commitment, CustomerAnswer.DateWorks);

        Assert.Equal(CustomerAnswerOutcome.Recorded, result.Outcome);
        var answered = Assert.Single(await AnswersAsync(world, commitment));
        Assert.Equal("works", answered.Data[CustomerAnswers.AnswerKey]);
        Assert.Equal("95", answered.Data[CustomerAnswers.MinutesKey]);
        Assert.Equal("2026-03-20", answered.Data[CustomerAnswers.WarningForKey]);
        var told = world.Recorder.Sent.Skip(before).ToList();
        Assert.Equal([ChatWorld.Owner, ChatWorld.Channel], told.Select(t => t.To.Id));
        Assert.Contains("\"The new date works\", 1 hour after it reached them", told[1].Message.Text, StringComparison.Ordinal);
        Assert.Empty(told[0].Message.Buttons);
    }

    [Fact]
    public async Task SameAnswerTwice_RecordsAndTellsOnce()
    {
        var (world, commitment) = await WarnedAsync();
        await AnswerAsync(world, commitment, CustomerAnswer.DateWorks);
        var before = world.Recorder.Sent.Count;

        var again = await AnswerAsync(world, commitment, CustomerAnswer.DateWorks);

        Assert.Equal(CustomerAnswerOutcome.Unchanged, again.Outcome);
        Assert.Single(await AnswersAsync(world, commitment));
        Assert.Equal(before, world.Recorder.Sent.Count);
    }

    [Fact]
    public async Task ChangeOfMind_IsRecordedAfterTheFirst_AndAsksTheOwnerToFollowUpWithTheNote()
    {
        var (world, commitment) = await WarnedAsync();
        await AnswerAsync(world, commitment, CustomerAnswer.DateWorks);

        await AnswerAsync(world, commitment, CustomerAnswer.Sooner, "  Quarter-end is <b>31 March</b>  ");

        var answers = await AnswersAsync(world, commitment);
        Assert.Equal(["works", "sooner"], answers.Select(a => a.Data[CustomerAnswers.AnswerKey]));
        Assert.Equal("Quarter-end is <b>31 March</b>", answers[1].Data[CustomerAnswers.NoteKey]);
        var toOwner = world.Recorder.Sent.Last(s => s.To.Id == ChatWorld.Owner).Message;
        Assert.Contains("Their note: Quarter-end is <b>31 March</b>", toOwner.Text, StringComparison.Ordinal);
        Assert.Equal(CheckInActions.StartSlip, Assert.Single(toOwner.Buttons).ActionId);
    }

    [Fact]
    public async Task NoteOverTheLimit_IsRefused_AndNothingIsRecorded()
    {
        var (world, commitment) = await WarnedAsync();

        var result = await AnswerAsync(world, commitment, CustomerAnswer.Talk, new string('x', CustomerAnswers.MaxNoteLength + 1));

        Assert.Equal(CustomerAnswerOutcome.Refused, result.Outcome);
        Assert.Contains("keep it to 500", result.Message, StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync(world, commitment));
    }

    [Fact]
    public async Task AnswerToAWarningNeverSent_IsRefused()
    {
        var (world, commitment) = await WarnedAsync();

        var result = await AnswerAsync(world, commitment, CustomerAnswer.Talk, warningFor: new DateOnly(2026, 3, 21));

        Assert.Equal(CustomerAnswerOutcome.Refused, result.Outcome);
        Assert.Empty(await AnswersAsync(world, commitment));
    }

    [Fact]
    public async Task ClickInASharedChannel_AnswersForTheCustomer_AndThanksTheClicker()
    {
        var (world, commitment) = await WarnedAsync();
        var button = world.ToCustomer()[0].Buttons[2];

        var response = await world.ClickAsync(button.ActionId, button.Value, "U_CUSTOMER");
        await world.ClickAsync(button.ActionId, button.Value, "U_CUSTOMER");

        Assert.StartsWith("Thank you", Assert.Single(response.Messages).Text, StringComparison.Ordinal);
        var answered = Assert.Single(await AnswersAsync(world, commitment));
        Assert.Equal(("talk", "U_CUSTOMER"), (answered.Data[CustomerAnswers.AnswerKey], answered.Actor));
        Assert.Single(world.Recorder.Sent, s => s.To.Id == ChatWorld.Channel && s.Message.Text.Contains("Let's talk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc|2026-03-20")]
    [InlineData("abc|20-03-2026|works")]
    [InlineData("abc|2026-03-20|maybe")]
    public void TryRead_RefusesValuesItDidNotMake(string value) =>
        Assert.False(CustomerAnswers.TryRead(value, out _, out _, out _));
}
