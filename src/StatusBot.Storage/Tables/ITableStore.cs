namespace StatusBot.Storage.Tables;

/// <summary>An account of tables: Azure Table Storage, or one SQLite file.</summary>
public interface ITableStore
{
    /// <summary>The table with this name (letters and digits, 3 to 63, starting with a letter), created when missing.</summary>
    Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Checks that the store answers; throws with the store's reason when it does not.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
