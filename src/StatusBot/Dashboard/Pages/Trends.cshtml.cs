using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Insights;
using StatusBot.Dashboard.Charts;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/trends?months=12</c>: the trend chart and its numbers per month and per channel.</summary>
internal sealed class TrendsModel(DashboardData data) : DashboardPageModel
{
    public const int MaxMonths = 36;

    public Trends Trends { get; private set; } = null!;

    public string ChartSvg { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? months, CancellationToken cancellationToken)
    {
        var count = 12;
        if (months is not null && (!int.TryParse(months, out count) || count is < 1 or > MaxMonths))
        {
            return BadRequest($"months must be a whole number from 1 to {MaxMonths}, such as /app/trends?months=6.");
        }

        Trends = await data.TrendsAsync(Me.Workspace, count, cancellationToken);
        ChartSvg = TrendChart.Svg(Trends, "trend-chart");
        return Page();
    }
}
