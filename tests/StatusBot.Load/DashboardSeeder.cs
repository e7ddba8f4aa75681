using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Sqlite;

namespace StatusBot.Load;

/// <summary>
/// Fills the playground workspace with commitments whose histories look lived in, through the real store: over the last
/// year each is checked in on and answered; a third are warned and moved, some delivered, a few missed silently.
/// </summary>
internal static class DashboardSeeder
{
    /// <summary>The id of the first commitment seeded.</summary>
    public const string FirstId = "dash-0000000";

    public static async Task SeedAsync(string databasePath, int count, int eventsEach)
    {
        using var tables = new SqliteTableStore(databasePath);
        var store = new TableCommitmentStore(tables);
        var workspace = WorkspaceId.Playground;
        var now = DateTimeOffset.UtcNow;
        var stored = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var random = new Random(i);
            var created = now.AddDays(-random.Next(20, 360));
            var due = DateOnly.FromDateTime(created.UtcDateTime).AddDays(random.Next(20, 90));
            var commitment = await store.CreateAsync(new Commitment
            {
                Id = $"dash-{i:D7}", Workspace = workspace, Title = $"Delivery {i}", Customer = $"Customer {i % 97}", DueDate = due,
                TimeZone = "Europe/Berlin", Owner = "U" + (i % 200).ToString("D4", CultureInfo.InvariantCulture),
                Channel = "C" + (i % 40).ToString("D4", CultureInfo.InvariantCulture), CustomerDestination = "C_CUSTOMER",
                NoticeDays = 5, HealthSince = created, CreatedAt = created,
            }, new CommitmentEvent(1, created, CommitmentEventKind.Created, "U0001"), ct);
            var step = (now - created) / (eventsEach + 1);
            for (var n = 2; n <= eventsEach; n++)
            {
                var at = created + (step * n);
                var (kind, data, next) = Next(commitment, random, n == eventsEach, at);
                commitment = await store.UpdateAsync(next with { Version = n, UpdatedAt = at }, new CommitmentEvent(n, at, kind, commitment.Owner, data), ct);
            }

            if (Interlocked.Increment(ref stored) % 1_000 == 0)
            {
                Console.WriteLine($"  {stored} commitments stored");
            }
        });
    }

    private static (CommitmentEventKind Kind, Dictionary<string, string> Data, Commitment Next) Next(Commitment c, Random random, bool last, DateTimeOffset at)
    {
        var roll = random.NextDouble();
        if (last && roll < 0.3)
        {
            return (CommitmentEventKind.Delivered, [], c with { Status = CommitmentStatus.Delivered });
        }

        if (last && roll < 0.35)
        {
            return (CommitmentEventKind.MissedSilently, new() { ["dueDate"] = Date(c.DueDate) },
                c with { CheckIns = c.CheckIns.OnMissedSilently(c.DueDate) });
        }

        if (roll < 0.08 && c.Status == CommitmentStatus.Open)
        {
            var newDate = c.DueDate.AddDays(random.Next(7, 30));
            return (CommitmentEventKind.WarningSent, new()
            {
                ["leadTimeWorkingDays"] = random.Next(-2, 12).ToString(CultureInfo.InvariantCulture),
                ["oldDueDate"] = Date(c.DueDate), ["newDueDate"] = Date(newDate), ["destination"] = c.CustomerDestination,
            }, c with { DueDate = newDate, Health = Health.OnTrack, CheckIns = c.CheckIns.OnWarningSent(c.DueDate) });
        }

        return roll < 0.55
            ? (CommitmentEventKind.CheckInSent, [], c with { CheckIns = c.CheckIns.OnCheckInSent(at) })
            : (CommitmentEventKind.Answered, new() { ["health"] = "OnTrack" }, c with { Health = roll < 0.9 ? Health.OnTrack : Health.AtRisk, HealthSince = at });
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
