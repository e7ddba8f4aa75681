namespace StatusBot.Storage;

/// <summary>The <c>workspaces</c> table: one partition per workspace, holding its settings (check-in rules, digest schedules).</summary>
internal static class WorkspaceTable
{
    public const string Name = "workspaces";
}
