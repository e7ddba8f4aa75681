using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Tests.ChatActions;

namespace StatusBot.Core.Tests.Commitments;

/// <summary>The owner, approver, channel and destination are checked on the platform when a commitment is created or edited.</summary>
public sealed class CommitmentReachTests
{
    private const string NotInChannel = "StatusBot is not in #proj-acme: invite @StatusBot to #proj-acme.";
    private readonly ChatWorld _world = new();

    private Task<Core.Validation.Validated<Commitment>> CreateAsync(string? approver = null) =>
        _world.Commitments.CreateAsync(ChatWorld.Workspace,
            new CommitmentInput("Bulk export", "Acme", "2026-03-20", "Europe/Berlin", ChatWorld.Owner, ChatWorld.Channel, "C_ACME", "2", approver), ChatWorld.Owner);

    [Fact]
    public async Task Create_ChecksOwnerApproverChannelAndChatDestination_NotAnEmailAddress()
    {
        await _world.CommitmentAsync(approver: ChatWorld.Approver);

        Assert.Equal([ChatWorld.Owner, ChatWorld.Approver, ChatWorld.Channel], _world.Reach.Asked.Select(a => a.Id).Order(StringComparer.Ordinal).Reverse().ToArray());
    }

    [Fact]
    public async Task Create_ChannelWithoutTheBot_IsCreatedAndMarkedUnreachableWithWhatToDo()
    {
        _world.Reach.Answer(ChatWorld.Channel, Reachability.Unreachable(NotInChannel, "not_in_channel"));

        var created = await CreateAsync();

        Assert.True(created.IsValid);
        var problem = Assert.Single(await _world.Commitments.ReachProblemsAsync(created.Value!));
        Assert.Equal((ReachEvents.RoleChannel, "not_in_channel", NotInChannel, "channel"),
            (problem.Data[ReachEvents.Role], problem.Data[ReachEvents.Code], problem.Data[ReachEvents.Reason], problem.Data[ReachEvents.Field]));
        Assert.NotNull(created.Value!.CheckIns.LastUnreachableAt);
    }

    [Fact]
    public async Task Create_UnreachableChannel_IsInTheDigestsCannotReachSection()
    {
        _world.Reach.Answer(ChatWorld.Channel, Reachability.Unreachable(NotInChannel, "not_in_channel"));
        await CreateAsync();

        var digest = await new DigestService(_world.Store, Core.CheckIns.FixedCheckInSettings.Defaults, _world.Time).BuildAsync(ChatWorld.Workspace, ChatWorld.Channel);

        var section = Assert.Single(digest.Sections, s => s.Kind == DigestSectionKind.CannotReach);
        Assert.Equal(NotInChannel, Assert.Single(section.Lines).ReachProblem);
    }

    [Fact]
    public async Task Create_ApproverWhoDoesNotExist_IsRefusedOnTheApproverFieldAndNothingIsStored()
    {
        _world.Reach.Answer("U_TYPO", Reachability.Missing("There is no Slack user U_TYPO: pick the approver from the list.", "user_not_found"));

        var created = await CreateAsync(approver: "U_TYPO");

        var error = Assert.Single(created.Errors);
        Assert.Equal(("approver", "There is no Slack user U_TYPO: pick the approver from the list."), (error.Field, error.Message));
        Assert.Empty(await _world.Commitments.ListAsync(ChatWorld.Workspace));
    }

    [Fact]
    public async Task Create_PlatformDownDuringTheCheck_IsCreatedWithNoProblemRecorded()
    {
        _world.Reach.Down = true;

        var created = await CreateAsync();

        Assert.True(created.IsValid);
        Assert.Empty(await _world.Commitments.ReachProblemsAsync(created.Value!));
        Assert.Single(await _world.Commitments.HistoryAsync(ChatWorld.Workspace, created.Value!.Id));
    }

    [Fact]
    public async Task Edit_ToAnOwnerWhoDoesNotExist_IsRefusedAndNothingChanges()
    {
        var commitment = (await CreateAsync()).Value!;
        _world.Reach.Answer("U_GONE", Reachability.Missing("There is no Slack user U_GONE.", "user_not_found"));

        var result = await _world.Commitments.EditAsync(ChatWorld.Workspace, commitment.Id, new CommitmentEdit { Owner = new("U_GONE") }, "admin-api");

        Assert.Equal(CommitmentEditOutcome.Refused, result.Outcome);
        Assert.Equal("owner", Assert.Single(result.Errors).Field);
        Assert.Equal(ChatWorld.Owner, (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Owner);
    }

    [Fact]
    public async Task Edit_ChecksOnlyTheAddressesItChanges_AndRecordsAnUnreachableOne()
    {
        var commitment = (await CreateAsync()).Value!;
        var askedBefore = _world.Reach.Asked.Count;
        _world.Reach.Answer("C_ARCHIVED", Reachability.Unreachable("#old is archived: unarchive it, or pick another channel.", "is_archived"));

        await _world.Commitments.EditAsync(ChatWorld.Workspace, commitment.Id, new CommitmentEdit { Title = new("Renamed") }, "admin-api");
        var moved = await _world.Commitments.EditAsync(ChatWorld.Workspace, commitment.Id, new CommitmentEdit { Channel = new("C_ARCHIVED") }, "admin-api");

        Assert.Equal(CommitmentEditOutcome.Edited, moved.Outcome);
        Assert.Equal("C_ARCHIVED", Assert.Single(_world.Reach.Asked.Skip(askedBefore)).Id);
        Assert.Equal("is_archived", Assert.Single(await _world.Commitments.ReachProblemsAsync(moved.Commitment!)).Data[ReachEvents.Code]);
    }

    [Fact]
    public async Task ReachProblems_AfterTheChannelIsMovedAway_NoLongerListsTheOldChannel()
    {
        _world.Reach.Answer(ChatWorld.Channel, Reachability.Unreachable(NotInChannel, "not_in_channel"));
        var commitment = (await CreateAsync()).Value!;

        var moved = await _world.Commitments.EditAsync(ChatWorld.Workspace, commitment.Id, new CommitmentEdit { Channel = new("C_NEW") }, "admin-api");

        Assert.Empty(await _world.Commitments.ReachProblemsAsync(moved.Commitment!));
    }

    [Fact]
    public async Task CommitForm_ChannelWithoutTheBot_AnswersAddedAndSaysWhatToDo()
    {
        _world.Reach.Answer(ChatWorld.Channel, Reachability.Unreachable(NotInChannel, "not_in_channel"));
        var submit = (await _world.CommandAsync("commit", where: ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel))).Form!.FormActions[0];

        var created = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner,
            ("title", "Bulk export"), ("customer", "Acme"), ("dueDate", "2026-03-20"), ("customerDestination", ChatWorld.Customer), ("timeZone", "Europe/Berlin"));

        Assert.StartsWith("Added Bulk export for Acme", created.Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("marked unreachable until this is fixed:\n- " + NotInChannel, created.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitForm_ApproverWhoDoesNotExist_ReturnsTheFormWithTheErrorOnTheApprover()
    {
        _world.Reach.Answer("U_TYPO", Reachability.Missing("There is no Slack user U_TYPO.", "user_not_found"));
        var submit = (await _world.CommandAsync("commit", where: ChatAddress.ToChannel(ChatWorld.Workspace, ChatWorld.Channel))).Form!.FormActions[0];

        var refused = await _world.ClickAsync(submit.ActionId, submit.Value, ChatWorld.Owner,
            ("title", "Bulk export"), ("customer", "Acme"), ("dueDate", "2026-03-20"), ("customerDestination", ChatWorld.Customer), ("timeZone", "Europe/Berlin"), ("approver", "U_TYPO"));

        Assert.NotNull(refused.Form);
        Assert.Equal(("approver", "There is no Slack user U_TYPO."), (Assert.Single(refused.Errors).Field, refused.Errors[0].Message));
        Assert.Empty(await _world.Commitments.ListAsync(ChatWorld.Workspace));
    }
}
