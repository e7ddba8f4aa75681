using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Commitments;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/commitments/{id}</c>: one commitment of the person's own workspace and its whole history; any other id is a 404.</summary>
internal sealed class CommitmentModel(DashboardData data) : DashboardPageModel
{
    public Commitment Commitment { get; private set; } = null!;

    public IReadOnlyList<CommitmentEvent> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await data.CommitmentAsync(Me.Workspace, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Commitment, History) = found;
        return Page();
    }
}
