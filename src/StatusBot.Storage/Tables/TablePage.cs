namespace StatusBot.Storage.Tables;

/// <summary>One page of a partition query.</summary>
/// <param name="Rows">The rows of this page, in row-key order.</param>
/// <param name="ContinuationToken">Pass to the next query for the following page; null when this was the last.</param>
public sealed record TablePage(IReadOnlyList<TableRow> Rows, string? ContinuationToken);
