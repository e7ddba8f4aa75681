using StatusBot.Core.Chat;
using StatusBot.Core.ChatActions;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.ChatActions;

/// <summary><c>commit edit</c>: hand a commitment over, or change its co-owners, approver, channel or date (with a reason).</summary>
public sealed class CommitEditTests
{
    private readonly ChatWorld _world = new();

    private async Task<(Commitment Commitment, FormAction Save)> FormAsync(string actor = ChatWorld.Owner)
    {
        var commitment = await _world.CommitmentAsync();
        var form = (await _world.CommandAsync("commit", "edit bulk", actor)).Form!;
        Assert.Equal(ChatWorld.Owner, form.Inputs.Single(i => i.Id == "owner").InitialValue);
        return (commitment, form.FormActions[0]);
    }

    /// <summary>Saves the form as shown (owner, channel and date as they are), with <paramref name="inputs"/> changed.</summary>
    private Task<ChatResponse> SaveAsync(FormAction save, params (string Id, string Value)[] inputs) =>
        _world.ClickAsync(save.ActionId, save.Value, ChatWorld.Owner,
            [.. new[] { ("owner", ChatWorld.Owner), ("channel", ChatWorld.Channel), ("dueDate", "2026-03-20") }.Where(shown => inputs.All(i => i.Id != shown.Item1)), .. inputs]);

    [Fact]
    public async Task Save_NewOwner_HandsItOverAndTellsTheNewOwner()
    {
        var (commitment, save) = await FormAsync();

        var saved = await SaveAsync(save, ("owner", "U_NEW"));

        Assert.Contains("It is U_NEW's now; they have been told.", saved.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal("U_NEW", (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Owner);
        var told = Assert.Single(_world.Recorder.Sent);
        Assert.Equal("U_NEW", told.To.Id);
        Assert.Contains("handed Bulk export for Acme (due ", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_HandOverByAnAdmin_TellsTheOldOwnerToo()
    {
        var commitment = await _world.CommitmentAsync();
        var admin = new ChatActor(ChatWorld.Workspace, "U_ADMIN") { IsWorkspaceAdmin = true };

        await _world.Handler.HandleClickAsync(new ChatClick(admin, "commit.edit", commitment.Id)
        {
            Inputs = new Dictionary<string, string?> { ["owner"] = "U_NEW", ["channel"] = ChatWorld.Channel, ["dueDate"] = "2026-03-20" },
        });

        Assert.Equal(["U_NEW", ChatWorld.Owner], _world.Recorder.Sent.Select(s => s.To.Id));
        Assert.Contains("over to U_NEW: you will not be asked about it any more", _world.Recorder.Sent[1].Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_DateMovedWithoutAReason_AsksForTheReasonAndChangesNothing()
    {
        var (commitment, save) = await FormAsync();

        var refused = await SaveAsync(save, ("dueDate", "2026-03-27"));

        Assert.Equal("dueDateReason", Assert.Single(refused.Errors).Field);
        Assert.NotNull(refused.Form);
        Assert.Equal(new DateOnly(2026, 3, 20), (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.DueDate);
    }

    [Fact]
    public async Task Save_DateMovedBecauseTheCustomerAsked_RecordsTheReason()
    {
        var (commitment, save) = await FormAsync();

        await SaveAsync(save, ("dueDate", "2026-03-27"), ("dueDateReason", "customer"));

        var edited = (await _world.Commitments.HistoryAsync(ChatWorld.Workspace, commitment.Id))[^1];
        Assert.Equal(("2026-03-20 -> 2026-03-27", DueDateReasons.Customer), (edited.Data["dueDate"], edited.Data[DueDateReasons.Key]));
    }

    [Fact]
    public async Task Save_BySomeoneWhoDoesNotAnswerForIt_IsRefused()
    {
        var commitment = await _world.CommitmentAsync();

        var refused = await _world.ClickAsync("commit.edit", commitment.Id, "U_STRANGER", ("owner", "U_STRANGER"));

        Assert.StartsWith($"Only {ChatWorld.Owner}, a co-owner or a workspace admin", refused.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(ChatWorld.Owner, (await _world.Commitments.GetAsync(ChatWorld.Workspace, commitment.Id))!.Owner);
    }

    [Fact]
    public async Task Save_NothingChanged_SaysSo()
    {
        var (_, save) = await FormAsync();

        var saved = await SaveAsync(save);

        Assert.StartsWith("Nothing changed on Bulk export", saved.Messages[0].Text, StringComparison.Ordinal);
    }
}
