using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Digests;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/customers/{name}</c>: the customer's ledger as a timeline (promised, moved, warned, kept); a customer the workspace does not know is a 404.</summary>
internal sealed class CustomerModel(DashboardData data) : DashboardPageModel
{
    public PromiseLedger Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || await data.LedgerAsync(Me.Workspace, name, cancellationToken) is not { } ledger)
        {
            return NotFound();
        }

        Ledger = ledger;
        return Page();
    }
}
