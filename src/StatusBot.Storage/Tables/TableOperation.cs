namespace StatusBot.Storage.Tables;

/// <summary>What one operation of a batch does.</summary>
public enum TableOperationKind
{
    /// <summary>Add the row; fails when it exists.</summary>
    Insert,

    /// <summary>Replace every property; fails when the ETag does not match (or the row is missing).</summary>
    Replace,

    /// <summary>Overwrite the given properties and keep the others; fails like <see cref="Replace"/>.</summary>
    Merge,

    /// <summary>Insert, or replace every property of the existing row.</summary>
    UpsertReplace,

    /// <summary>Insert, or merge into the existing row.</summary>
    UpsertMerge,

    /// <summary>Remove the row; fails when the ETag does not match (or the row is missing).</summary>
    Delete,
}

/// <summary>One operation of an atomic batch.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Row">The row (for <see cref="TableOperationKind.Delete"/> only its keys matter).</param>
/// <param name="ETag">The expected ETag for Replace, Merge and Delete; <c>*</c> matches any version.</param>
public sealed record TableOperation(TableOperationKind Kind, TableRow Row, string? ETag = null);
