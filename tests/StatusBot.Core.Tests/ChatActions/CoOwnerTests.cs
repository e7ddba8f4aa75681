using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.ChatActions;

/// <summary>A commitment with co-owners: all are asked, the first answer counts, and the others see who gave it.</summary>
public sealed class CoOwnerTests
{
    private const string CoOwner = "U_CO";
    private readonly ChatWorld _world = new();

    private async Task<Commitment> CommitmentAsync(string coOwners = "<@U_CO|maria>, @U_OWNER U_CO") =>
        (await _world.Commitments.CreateAsync(ChatWorld.Workspace,
            new CommitmentInput("Bulk export", "Acme", "2026-03-20", "Europe/Berlin", ChatWorld.Owner, ChatWorld.Channel, ChatWorld.Customer, CoOwners: coOwners), ChatWorld.Owner)).Value!;

    private Task<ChatResponse> AnswerAsync(Commitment commitment, string actor, CheckInAnswer answer = CheckInAnswer.OnTrack) =>
        _world.ClickAsync(CheckInActions.Answer, CheckInActions.AnswerValue(commitment.Id, answer), actor);

    [Fact]
    public async Task Create_CoOwnersAsMentionsAndIds_AreStoredOnceEachWithoutTheOwner()
    {
        var commitment = await CommitmentAsync();

        Assert.Equal([CoOwner], commitment.CoOwners);
    }

    [Fact]
    public async Task Create_MoreCoOwnersThanAllowed_IsRefusedOnTheField()
    {
        var created = await _world.Commitments.CreateAsync(ChatWorld.Workspace,
            new CommitmentInput("Bulk export", "Acme", "2026-03-20", "UTC", ChatWorld.Owner, ChatWorld.Channel, ChatWorld.Customer, CoOwners: string.Join(",", Enumerable.Range(1, 11).Select(i => $"U{i}"))), ChatWorld.Owner);

        Assert.Equal("coOwners", Assert.Single(created.Errors).Field);
    }

    [Fact]
    public async Task CheckIn_AsksTheOwnerAndEveryCoOwner()
    {
        var commitment = await CommitmentAsync();

        await _world.CheckIns.CheckInNowAsync(ChatWorld.Workspace, commitment.Id);

        Assert.Equal([ChatWorld.Owner, CoOwner], _world.Recorder.Sent.Select(s => s.To.Id));
        Assert.All(_world.Recorder.Sent, s => Assert.Contains(s.Message.Buttons, b => b.ActionId == CheckInActions.Answer));
    }

    [Fact]
    public async Task Answer_FirstByACoOwner_CountsAndTheOwnersQuestionSaysWhoAnswered()
    {
        var commitment = await CommitmentAsync();
        await _world.CheckIns.CheckInNowAsync(ChatWorld.Workspace, commitment.Id);

        var answered = await AnswerAsync(commitment, CoOwner);

        Assert.Equal(Health.OnTrack, (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Health);
        Assert.NotNull(answered.Answered);
        var (question, update) = Assert.Single(_world.Recorder.Updated);
        Assert.Equal(ChatWorld.Owner, question.To.Id);
        Assert.Contains("U_CO answered On track", update.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_SecondByAnotherOwner_IsNotRecordedAndSaysWhoAnsweredFirst()
    {
        var commitment = await CommitmentAsync();
        await _world.CheckIns.CheckInNowAsync(ChatWorld.Workspace, commitment.Id);
        await AnswerAsync(commitment, CoOwner, CheckInAnswer.AtRisk);

        var second = await AnswerAsync(commitment, ChatWorld.Owner, CheckInAnswer.OnTrack);

        Assert.Equal("U_CO already answered At risk; the first answer counts.", second.Messages[0].Text);
        Assert.Equal(Health.AtRisk, (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Health);
        Assert.Single(await _world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id), e => e.Kind == CommitmentEventKind.Answered);
    }

    [Fact]
    public async Task Answer_BySomeoneWhoIsNeitherOwnerNorCoOwner_IsRefused()
    {
        var commitment = await CommitmentAsync();

        var refused = await AnswerAsync(commitment, "U_STRANGER");

        Assert.Equal($"Only {ChatWorld.Owner} can answer this.", refused.Messages[0].Text);
    }

    [Fact]
    public async Task List_ShowsCommitmentsTheActorCoOwns()
    {
        await CommitmentAsync();

        var listed = await _world.CommandAsync("list", actor: CoOwner);

        Assert.Contains("Bulk export", listed.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_HandingOverToACoOwner_TakesThemOffTheCoOwners()
    {
        var commitment = await CommitmentAsync();

        var result = await _world.Commitments.EditAsync(ChatWorld.Workspace, commitment.Id, new CommitmentEdit { Owner = new(CoOwner) }, ChatWorld.Owner);

        Assert.Equal((CoOwner, 0), (result.Commitment!.Owner, result.Commitment.CoOwners.Count));
    }

    [Fact]
    public async Task Answer_SlippingByACoOwner_OpensTheWarningForThemToWrite()
    {
        var commitment = await CommitmentAsync();

        var slipping = await AnswerAsync(commitment, CoOwner, CheckInAnswer.Slipping);

        Assert.Equal(Core.Slips.SlipActions.SubmitDate, slipping.Form!.FormActions[0].ActionId);
    }
}
