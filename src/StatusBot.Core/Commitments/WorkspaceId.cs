using System.Text.RegularExpressions;

namespace StatusBot.Core.Commitments;

/// <summary>
/// Workspace ids: <c>slack-&lt;team id&gt;</c>, <c>teams-&lt;tenant id&gt;</c>, or <c>playground</c>.
/// All data is partitioned by them.
/// </summary>
public static partial class WorkspaceId
{
    /// <summary>The local browser playground's workspace.</summary>
    public const string Playground = "playground";

    /// <summary>The workspace of a Slack team.</summary>
    public static string ForSlack(string teamId) => "slack-" + teamId;

    /// <summary>The workspace of a Microsoft 365 tenant.</summary>
    public static string ForTeams(string tenantId) => "teams-" + tenantId;

    /// <summary>True when <paramref name="workspace"/> has one of the three shapes.</summary>
    public static bool IsValid(string? workspace) =>
        workspace is not null && (workspace == Playground || Shape().IsMatch(workspace));

    [GeneratedRegex("^(slack-[A-Z0-9]{1,32}|teams-[0-9a-fA-F-]{1,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
