using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Workspaces;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// <c>/app/delete</c> (workspace admins only): names what will be deleted, and deletes it once the admin types the
/// workspace id; anything else changes nothing and says why (400).
/// </summary>
internal sealed class DeleteModel(DashboardData data) : DashboardPageModel
{
    public WorkspaceErasure Preview { get; private set; } = new(0, 0, 0, 0);

    public WorkspaceErasure? Erased { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Preview = await data.ErasurePreviewAsync(Me.Workspace, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? confirm, CancellationToken cancellationToken)
    {
        if (!string.Equals(confirm?.Trim(), Me.Workspace.ToString(), StringComparison.Ordinal))
        {
            Preview = await data.ErasurePreviewAsync(Me.Workspace, cancellationToken);
            Problem = $"Nothing was deleted: type {Me.Workspace} exactly to confirm.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Erased = await data.EraseAsync(Me.Workspace, cancellationToken);
        return Page();
    }
}
