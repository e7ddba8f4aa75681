using StatusBot.Core.Digests;

namespace StatusBot.Core.Insights;

/// <summary>The headline numbers of one month, or of one channel over the whole window.</summary>
/// <param name="Label">The month (<c>2026-11</c>) or the channel id, as shown.</param>
/// <param name="Numbers">What happened in it: warnings and their lead times, misses, deliveries, re-plans.</param>
public sealed record TrendRow(string Label, DigestNumbers Numbers);

/// <summary>How a workspace keeps its promises over time: one row per month (oldest first) and one per channel.</summary>
/// <param name="Months">The months of the window, oldest first, each with its numbers (empty months included).</param>
/// <param name="Channels">The channels with anything counted in the window, by id.</param>
public sealed record Trends(IReadOnlyList<TrendRow> Months, IReadOnlyList<TrendRow> Channels);
