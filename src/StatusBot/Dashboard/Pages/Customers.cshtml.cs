namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/customers</c>: the workspace's customers, each linking to their ledger.</summary>
internal sealed class CustomersModel(DashboardData data) : DashboardPageModel
{
    public IReadOnlyList<(string Customer, int Commitments, int Open)> Customers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Customers = await data.CustomersAsync(Me.Workspace, cancellationToken);
}
