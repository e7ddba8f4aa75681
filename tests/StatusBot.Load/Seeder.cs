using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Load;

/// <summary>Fills a workspace of the host's SQLite file with commitments, through the real store, before the host starts.</summary>
internal static class Seeder
{
    private const int OtherOwners = 500;

    /// <summary>Stores <paramref name="count"/> commitments in <paramref name="team"/>: three of the load's user, the rest spread over 500 others.</summary>
    public static async Task SeedAsync(string databasePath, string team, int count)
    {
        using var tables = new SqliteTableStore(databasePath);
        var store = new TableCommitmentStore(tables);
        var workspace = WorkspaceId.ForSlack(team);
        // Listing an empty workspace by owner marks its owner index complete, so the host never fills it.
        await store.ListByOwnerAsync(workspace, LoadRun.User);
        var now = DateTimeOffset.UtcNow;
        var next = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var owner = i < 3 ? LoadRun.User : "U" + (i % OtherOwners).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var commitment = new Commitment
            {
                Id = $"{team}-{i:D7}", Workspace = workspace, Title = $"Delivery {i}", Customer = $"Customer {i % 97}",
                DueDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(30 + (i % 60)), TimeZone = "Europe/Berlin", Owner = owner,
                Channel = "C" + (i % 40).ToString("D4", System.Globalization.CultureInfo.InvariantCulture), CustomerDestination = "C_CUSTOMER",
                HealthSince = now, CreatedAt = now,
            };
            await store.CreateAsync(commitment, new CommitmentEvent(1, now, CommitmentEventKind.Created, owner), ct);
            if (Interlocked.Increment(ref next) % 10_000 == 0)
            {
                Console.WriteLine($"  {team}: {next} commitments stored");
            }
        });
    }
}
