using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Sqlite;

/// <summary>
/// The embedded engine: all tables in one SQLite file (WAL journal, busy timeout), with Azure Table
/// Storage's semantics. Safe for concurrent callers in one process: each operation takes a pooled connection.
/// </summary>
/// <remarks>
/// Each table is a SQL table <c>t_&lt;lower-case name&gt;(pk, rk, etag, props)</c>, unique by (pk, rk) (<see cref="SqliteTableSchema"/>).
/// Keys are UTF-16BE blobs so rows sort like <see cref="string.CompareOrdinal(string, string)"/>;
/// props is UTF-8 JSON with a type tag per value.
/// </remarks>
public sealed class SqliteTableStore : ITableStore, IDisposable
{
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _createdTables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _initialized;
    private volatile bool _disposed;

    /// <summary>At most this many connections are kept open for point reads; a busier moment opens more and closes them after.</summary>
    private const int MaxReaders = 8;
    private readonly ConcurrentBag<SqlitePointReader> _readers = [];
    private int _keptReaders;

    /// <summary>The pooled SQLite connections whose settings are made; one dropped from the pool goes with its handle.</summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();

    /// <summary>Opens (or creates, with its directory) the database file at <paramref name="path"/>.</summary>
    public SqliteTableStore(string path, ILogger<SqliteTableStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _logger = logger ?? NullLogger<SqliteTableStore>.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken = default)
    {
        TableRowValidator.ValidateTableName(name);
        // Azure table names are case-insensitive; so are these.
        var sqlName = "t_" + name.ToLowerInvariant();
        if (!_createdTables.ContainsKey(sqlName))
        {
            bool rebuilt;
            await using (var write = await BeginWriteAsync(cancellationToken))
            {
                rebuilt = await SqliteTableSchema.EnsureAsync(write.Connection, write.Transaction, sqlName, cancellationToken);
                await write.Transaction.CommitAsync(cancellationToken);
            }

            _createdTables[sqlName] = true;
            Log.TableCreated(_logger, name, "SQLite");
            if (rebuilt)
            {
                Log.SqliteTableRebuilt(_logger, name, Path);
            }
        }

        return new SqliteTable(this, name, sqlName, _logger);
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Closes this file's pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        _disposed = true;
        DropReaders();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initLock.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>Reads one row outside any transaction, on a connection kept open for point reads (see <see cref="SqlitePointReader"/>).</summary>
    internal async Task<TableRow?> ReadPointAsync(string sqlName, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        SqlitePointReader reader;
        if (_readers.TryTake(out var kept))
        {
            Interlocked.Decrement(ref _keptReaders);
            reader = kept;
        }
        else
        {
            reader = new SqlitePointReader(await OpenAsync(cancellationToken));
        }

        TableRow? row;
        try
        {
            row = await reader.ReadAsync(sqlName, partitionKey, rowKey, cancellationToken);
        }
        catch
        {
            reader.Dispose();  // in whatever state the failure left it
            throw;
        }

        // Counted apart: a ConcurrentBag's Count takes every one of its locks.
        var counted = !_disposed;
        if (counted && Interlocked.Increment(ref _keptReaders) <= MaxReaders)
        {
            _readers.Add(reader);
            if (_disposed)
            {
                DropReaders();
            }
        }
        else
        {
            if (counted)
            {
                Interlocked.Decrement(ref _keptReaders);
            }

            reader.Dispose();
        }

        return row;
    }

    private void DropReaders()
    {
        while (_readers.TryTake(out var reader))
        {
            Interlocked.Decrement(ref _keptReaders);
            reader.Dispose();
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_initialized)
            {
                await InitializeAsync(connection, cancellationToken);
            }

            // Per connection, so once for each of the pool's connections (a pooled one keeps them). NORMAL in WAL mode: a
            // commit survives the process dying (kill -9) at any point; only a power loss or an OS crash may undo the last
            // commits, and never corrupts the file. FULL would sync every commit.
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                await ExecuteAsync(connection, "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL", cancellationToken);
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a connection with its write transaction begun (BEGIN IMMEDIATE), one writer of this process at a time: SQLite
    /// takes one writer anyway, and waiting here is a queue, where waiting on the file lock is polling with sleeps.
    /// Another process on the same file still waits on the lock (busy timeout). BEGIN IMMEDIATE takes the write lock up
    /// front, so a writer never has to upgrade a read lock, and two racing on one ETag see each other's writes in turn.
    /// </summary>
    internal async Task<SqliteWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            return new SqliteWrite(connection, connection.BeginTransaction(deferred: false), _writeGate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _writeGate.Release();
            throw;
        }
    }

    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (!_initialized)
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
                _initialized = true;
                Log.SqliteStoreOpened(_logger, Path);
            }
        }
        finally
        {
            _initLock.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
