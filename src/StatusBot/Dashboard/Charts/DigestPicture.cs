using StatusBot.Core.Chat;

namespace StatusBot.Dashboard.Charts;

/// <summary>
/// The trend picture a scheduled digest carries: the channel's median warning lead time over the last
/// <see cref="Months"/> months, as a small PNG with every bar in words as its alt text. None for a channel with no
/// warning in that time: an empty chart says nothing.
/// </summary>
internal sealed class DigestPicture(DashboardData data)
{
    /// <summary>The months the picture covers.</summary>
    public const int Months = 6;

    /// <summary>The picture's size: small enough to go inline in a Teams card.</summary>
    public const int Width = 600;

    /// <summary>The picture's height in pixels.</summary>
    public const int Height = 300;

    /// <summary>The channel's trend picture, or null when it has no bar to show.</summary>
    public async Task<ChatImage?> ForChannelAsync(WorkspaceId workspace, string channel, CancellationToken cancellationToken = default)
    {
        var trends = await data.ChannelTrendsAsync(workspace, channel, Months, cancellationToken);
        return TrendChart.HasBars(trends)
            ? new ChatImage(TrendChart.Png(trends, Width, Height), TrendChart.Title, TrendChart.Spoken(trends))
            : null;
    }
}
