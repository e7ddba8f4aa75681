using StatusBot.Core.Insights;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/people</c>: calibration and response rate per owner; an admin sees every owner, anyone else only themselves.</summary>
internal sealed class PeopleModel(DashboardData data) : DashboardPageModel
{
    public IReadOnlyList<Calibration> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await data.CalibrationAsync(Me.Workspace, cancellationToken);
        Rows = Me.IsAdmin ? all : [.. all.Where(row => string.Equals(row.Owner, Me.UserId, StringComparison.Ordinal))];
    }
}
