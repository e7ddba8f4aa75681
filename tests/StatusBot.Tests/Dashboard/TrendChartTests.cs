using StatusBot.Core.Digests;
using StatusBot.Core.Insights;
using StatusBot.Dashboard.Charts;

namespace StatusBot.Tests.Dashboard;

public sealed class TrendChartTests
{
    private static readonly Trends TwoMonths = new(
        [new TrendRow("2026-10", DigestNumbers.None), new TrendRow("2026-11", new DigestNumbers { WarningsSent = 2, WarningsWithLeadTime = 2, MedianLeadTimeWorkingDays = 3.5 })],
        []);

    [Fact]
    public void Svg_IsAnImageLabelledByItsTitleAndADescriptionWithTheLatestFigure()
    {
        var svg = TrendChart.Svg(TwoMonths, "c");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"c-title c-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"c-title\">Median warning lead time per month</title>", svg, StringComparison.Ordinal);
        Assert.Contains("the latest, 2026-11, had a median of 3.5 working days", svg, StringComparison.Ordinal);
        Assert.Contains(">Nov 26<", svg.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WithNoWarnings_SaysSo()
    {
        var quiet = new Trends([new TrendRow("2026-10", DigestNumbers.None)], []);

        Assert.EndsWith("no warning was sent in that time.", TrendChart.Describe(quiet), StringComparison.Ordinal);
    }

    [Fact]
    public void Png_IsAPngImage()
    {
        var png = TrendChart.Png(TwoMonths);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 1000);
    }
}
