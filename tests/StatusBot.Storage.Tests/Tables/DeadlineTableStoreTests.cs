using Microsoft.Data.Sqlite;
using StatusBot.Storage.Hosting;
using StatusBot.Storage.Tables;

namespace StatusBot.Storage.Tests.Tables;

public sealed class DeadlineTableStoreTests
{
    [Fact]
    public async Task A_call_that_ignores_its_token_and_hangs_ends_as_storage_unavailable_at_the_deadline()
    {
        var hung = new TaskCompletionSource<TableRow?>();
        var call = DeadlineTableStore.CallAsync(_ => hung.Task, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StorageUnavailableException>(() => call);

        Assert.Contains("did not answer within 0.2 s", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_outage_is_storage_unavailable_and_a_refused_row_stays_what_it_was()
    {
        var outage = await Assert.ThrowsAsync<StorageUnavailableException>(() => DeadlineTableStore.CallAsync<TableRow?>(
            _ => throw new SqliteException("SQLite Error 10: 'disk I/O error'.", 10), TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.IsType<SqliteException>(outage.InnerException);

        await Assert.ThrowsAsync<ETagMismatchException>(() => DeadlineTableStore.CallAsync<string>(
            _ => throw new ETagMismatchException("changed"), TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_gives_up_is_cancelled_not_told_the_store_is_down()
    {
        using var cancel = new CancellationTokenSource();
        var call = DeadlineTableStore.CallAsync(ct => Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => (TableRow?)null, TaskScheduler.Default), TimeSpan.FromSeconds(30), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
