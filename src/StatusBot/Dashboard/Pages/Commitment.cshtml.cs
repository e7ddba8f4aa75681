using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// <c>/app/commitments/{id}</c>: one commitment of the person's own workspace and its whole history, with the text of the
/// warning sent to its customer; any other id is a 404.
/// </summary>
internal sealed class CommitmentModel(DashboardData data, SentWarnings warnings) : DashboardPageModel
{
    public Commitment Commitment { get; private set; } = null!;

    public IReadOnlyList<CommitmentEvent> History { get; private set; } = [];

    /// <summary>The warnings' text, by the sequence of their WarningSent event.</summary>
    public IReadOnlyDictionary<long, ChatMessage> Warnings { get; private set; } = new Dictionary<long, ChatMessage>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await data.CommitmentAsync(Me.Workspace, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Commitment, History) = found;
        Warnings = await warnings.ByEventAsync(Commitment, History, cancellationToken);
        return Page();
    }
}
