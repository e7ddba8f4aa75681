using System.Globalization;
using System.Net;
using ScottPlot;
using StatusBot.Core.Insights;

namespace StatusBot.Dashboard.Charts;

/// <summary>
/// The trend picture: the median lead time of early warnings per month, as bars (ScottPlot). As SVG for the page, with
/// a title and a description that screen readers announce (the page puts the numbers in a table beside it), or as PNG.
/// The only text drawn is month labels and numbers; ScottPlot escapes text in the SVG it writes.
/// </summary>
internal static class TrendChart
{
    public const int Width = 720;
    public const int Height = 320;
    public const string Title = "Median warning lead time per month";

    /// <summary>The chart as an inline <c>&lt;svg role="img"&gt;</c> element, labelled by its own title and description.</summary>
    public static string Svg(Trends trends, string id)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var svg = Draw(trends).GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var tagEnd = svg.IndexOf('>', start);
        var label = $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(Title)}</title><desc id=\"{id}-desc\">{WebUtility.HtmlEncode(Describe(trends))}</desc>";
        var open = svg[start..tagEnd] + $" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">";
        return open + label + svg[(tagEnd + 1)..];
    }

    /// <summary>The chart as a PNG image, <paramref name="width"/> by <paramref name="height"/> pixels (the page's size unless given).</summary>
    public static byte[] Png(Trends trends, int width = Width, int height = Height) => Draw(trends).GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>True when the chart has a bar to draw: some month had a warning with a lead time.</summary>
    public static bool HasBars(Trends trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        return trends.Months.Any(m => m.Numbers.MedianLeadTimeWorkingDays is not null);
    }

    /// <summary>Every bar of the chart in words, month by month, for a picture that has no table beside it.</summary>
    public static string Spoken(Trends trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var months = trends.Months.Select(m => m.Numbers.MedianLeadTimeWorkingDays is { } median
            ? string.Create(CultureInfo.InvariantCulture, $"{MonthName(m.Label)}: {median:0.#} working days")
            : $"{MonthName(m.Label)}: no warning");
        return $"Bars of the median working days between an early warning and the old due date, per month (below zero: warned after it). {string.Join("; ", months)}.";
    }

    /// <summary>The chart in one sentence, with its highest and latest figures.</summary>
    public static string Describe(Trends trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var measured = trends.Months.Where(m => m.Numbers.MedianLeadTimeWorkingDays is not null).ToList();
        var span = $"{trends.Months[0].Label} to {trends.Months[^1].Label}";
        if (measured.Count == 0)
        {
            return $"Bars of the median working days between an early warning and the old due date, per month from {span}: no warning was sent in that time.";
        }

        var latest = measured[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"Bars of the median working days between an early warning and the old due date, per month from {span}. {measured.Count} months had warnings; the latest, {latest.Label}, had a median of {latest.Numbers.MedianLeadTimeWorkingDays:0.#} working days. The table beside the chart lists every month.");
    }

    /// <summary><c>2026-11</c> as <c>November 2026</c>.</summary>
    private static string MonthName(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>2026-11</c> as <c>Nov 26</c>.</summary>
    private static string MonthLabel(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMM yy", CultureInfo.InvariantCulture);

    private static Plot Draw(Trends trends)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < trends.Months.Count; i++)
        {
            var row = trends.Months[i];
            ticks.Add(new Tick(i, MonthLabel(row.Label)));
            if (row.Numbers.MedianLeadTimeWorkingDays is { } median)
            {
                bars.Add(new Bar { Position = i, Value = median, FillColor = median >= 0 ? new Color(0x1f, 0x5f, 0xb0) : new Color(0xa4, 0x16, 0x1a) });
            }
        }

        plot.Add.Bars(bars.ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        var values = bars.Select(b => b.Value).DefaultIfEmpty(0).ToList();
        plot.Axes.SetLimits(-0.6, trends.Months.Count - 0.4, Math.Min(0, values.Min()) - 1, Math.Max(5, values.Max()) + 1);
        plot.Title(Title);
        plot.YLabel("Working days before the due date");
        return plot;
    }
}
