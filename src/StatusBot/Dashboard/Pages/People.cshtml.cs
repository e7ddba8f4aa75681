using StatusBot.Core.Insights;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/people</c>: calibration and response rate per owner; an admin sees every owner, anyone else only themselves.</summary>
internal sealed class PeopleModel(DashboardData data) : DashboardPageModel
{
    public IReadOnlyList<Calibration> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await data.CalibrationAsync(Me.Workspace, cancellationToken);
        var mine = Me.IsAdmin ? null : await data.OwnerIdsAsync(Me.Workspace, Me.UserId, cancellationToken);
        Rows = mine is null ? all : [.. all.Where(row => mine.Contains(row.Owner))];
    }
}
