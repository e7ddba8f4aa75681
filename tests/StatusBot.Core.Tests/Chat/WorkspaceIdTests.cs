using System.Text.Json;
using StatusBot.Core.Chat;

namespace StatusBot.Core.Tests.Chat;

public sealed class WorkspaceIdTests
{
    [Theory]
    [InlineData("slack-T0123ABC", ChatPlatform.Slack, "T0123ABC")]
    [InlineData("teams-72f988bf-86f1-41af-91ab-2d7cd011db47", ChatPlatform.Teams, "72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("teams-playground", ChatPlatform.Teams, "playground")]
    public void Parse_EitherShape_KeepsPlatformAndIdAndWritesTheSameText(string text, ChatPlatform platform, string id)
    {
        var workspace = WorkspaceId.Parse(text);

        Assert.Equal((platform, id), (workspace.Platform, workspace.Id));
        Assert.Equal(text, workspace.ToString());
        Assert.Equal(text, $"{workspace}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("playground")]
    [InlineData("slack-")]
    [InlineData("slack-t0123")]
    [InlineData("teams-not a tenant")]
    [InlineData("discord-123")]
    [InlineData("slack-T0123456789012345678901234567890123")]
    public void TryParse_OtherText_IsNoWorkspace(string? text) => Assert.False(WorkspaceId.TryParse(text, out _));

    [Fact]
    public void Parse_OtherText_SaysWhatAWorkspaceLooksLike()
    {
        var refused = Assert.Throws<FormatException>(() => WorkspaceId.Parse("nowhere"));

        Assert.Contains("slack-<team id>", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSlackAndForTeams_MakeTheWorkspaceTheirPrefixNames()
    {
        Assert.Equal(WorkspaceId.Parse("slack-T1"), WorkspaceId.ForSlack("T1"));
        Assert.Equal(WorkspaceId.Parse("teams-0f1e"), WorkspaceId.ForTeams("0f1e"));
        Assert.NotEqual(WorkspaceId.ForSlack("ABC"), WorkspaceId.ForTeams("ABC"));
        Assert.Throws<ArgumentException>(() => WorkspaceId.ForSlack("not a team"));
    }

    [Fact]
    public void Json_RoundTripsAsTheStringForm()
    {
        var json = JsonSerializer.Serialize(new { Workspace = WorkspaceId.ForSlack("T9") });

        Assert.Equal("""{"Workspace":"slack-T9"}""", json);
        Assert.Equal(WorkspaceId.ForSlack("T9"), JsonSerializer.Deserialize<WorkspaceId>("\"slack-T9\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WorkspaceId>("\"elsewhere\""));
    }
}
