using StatusBot.Core.Digests;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app</c>: what needs attention now, across the workspace's channels, as the digest sorts it.</summary>
internal sealed class NowModel(DashboardData data) : DashboardPageModel
{
    public Digest Digest { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Digest = await data.NowAsync(Me.Workspace, cancellationToken);
}
