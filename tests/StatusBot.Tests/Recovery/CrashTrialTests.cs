using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using StatusBot.Slack.Tests.FakeSlack;
using StatusBot.Storage.CheckIns;
using StatusBot.Storage.Commitments;
using StatusBot.Storage.Slips;
using StatusBot.Storage.Sqlite;
using StatusBot.Tests.Hosting;
using StatusBot.Tests.Slack;
using Xunit.Abstractions;

namespace StatusBot.Tests.Recovery;

/// <summary>
/// Crash trials: the built host, as a process, is killed (SIGKILL) at a random moment while it delivers early warnings,
/// with Slack refusing a random number of the first posts; a second host on the same SQLite file must deliver every
/// warning within two minutes of its start, each exactly once, and the check-ins that were due alongside them, each once. When the kill fell between Slack taking a warning and
/// the host writing its receipt, the restarted host finds the warning in the channel by the key it carries as message
/// metadata (conversations.history) rather than posting it again. ./test.sh runs 2 trials; <c>tools/crash-trials.sh</c>
/// runs 30 (<c>STATUSBOT_CRASH_TRIALS</c>).
/// </summary>
public sealed class CrashTrialTests(ITestOutputHelper output)
{
    private const int WarningsPerTrial = 6;
    private const int CheckInsPerTrial = 6;
    private static readonly HashSet<DayOfWeek> EveryDay = [.. Enum.GetValues<DayOfWeek>()];
    private static readonly WorkspaceId Workspace = WorkspaceId.ForSlack(SlackWire.Team);

    private static int Trials => int.TryParse(Environment.GetEnvironmentVariable("STATUSBOT_CRASH_TRIALS"), CultureInfo.InvariantCulture, out var n) ? n : 2;

    private static TimeSpan Settle => TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("STATUSBOT_CRASH_SETTLE"), CultureInfo.InvariantCulture, out var s) ? s : 120);

    [Fact]
    public async Task Warnings_and_check_ins_being_sent_when_the_host_is_killed_arrive_once_within_two_minutes_of_the_restart()
    {
        var random = new Random(20261207);
        var (repeated, missing, slowest, beyondInFlight) = (0, 0, TimeSpan.Zero, 0);
        var (checkInsRepeated, checkInsMissing) = (0, 0);
        for (var trial = 1; trial <= Trials; trial++)
        {
            await using var slack = await FakeSlackServer.StartAsync();
            var folder = Directory.CreateTempSubdirectory("statusbot-crash-");
            try
            {
                var database = Path.Combine(folder.FullName, "statusbot.db");
                await SeedAsync(database);
                var refusals = random.Next(0, 8);
                slack.FailNext(refusals, new FakeSlackFault(503), "chat.postMessage");
                string[] settings =
                [
                    "--urls=http://127.0.0.1:0", "--Storage:SqlitePath=" + database, "--Slack:BotToken=xoxb-crash",
                    "--Slack:SigningSecret=" + SlackHost.Secret, "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl, "--Scheduler:TickInterval=00:00:01",
                    "--Logging:LogLevel:Default=Warning",
                ];
                var killAfter = TimeSpan.FromMilliseconds(random.Next(500, 5000));
                using (HostProcess.Start(settings))
                {
                    await Task.Delay(killAfter); // leaving the block kills the process (SIGKILL), wherever it is
                }

                // Posts the host wrote before it died may still be on their way through the fake's server: they count as delivered before.
                var atKill = ToCustomers(slack).Count;
                await Task.Delay(1000);
                var before = ToCustomers(slack).Count;
                var restarted = DateTime.UtcNow;
                using var second = HostProcess.Start(settings);
                while ((ToCustomers(slack).Select(c => c.Field("channel")).Distinct().Count() < WarningsPerTrial
                    || ToOwners(slack).Select(c => c.Field("channel")).Distinct().Count() < CheckInsPerTrial) && DateTime.UtcNow - restarted < Settle)
                {
                    await Task.Delay(200);
                }

                var took = DateTime.UtcNow - restarted;
                await Task.Delay(1000); // time for a repeat to show, were there one
                var perCustomer = Enumerable.Range(0, WarningsPerTrial).Select(i => ToCustomers(slack).Count(c => c.Field("channel") == Customer(i))).ToList();
                var perOwner = Enumerable.Range(0, CheckInsPerTrial).Select(i => ToOwners(slack).Count(c => c.Field("channel") == "D" + CheckInOwner(i))).ToList();
                var repeats = perCustomer.Sum(n => Math.Max(0, n - 1));
                checkInsRepeated += perOwner.Sum(n => Math.Max(0, n - 1));
                checkInsMissing += perOwner.Count(n => n == 0);
                repeated += repeats;
                beyondInFlight += Math.Max(0, repeats - before) + perCustomer.Count(n => n > 2);
                missing += perCustomer.Count(n => n == 0);
                slowest = took > slowest ? took : slowest;
                if (perCustomer.Any(n => n == 0) || perOwner.Any(n => n == 0))
                {
                    output.WriteLine("the restarted host said: " + Tail(second.Output + second.Errors));
                }

                output.WriteLine($"trial {trial}: killed after {killAfter.TotalMilliseconds:0} ms with {refusals} refusals queued, {before} delivered before ({atKill} seen at the kill); "
                    + $"after the restart all delivered in {took.TotalSeconds:0.0} s; per customer: {string.Join(",", perCustomer)}; check-ins per owner: {string.Join(",", perOwner)}");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }

        output.WriteLine($"{Trials} trials, {Trials * WarningsPerTrial} warnings: {repeated} repeated, {missing} not delivered; slowest {slowest.TotalSeconds:0.0} s after restart");
        output.WriteLine($"check-ins: {Trials * CheckInsPerTrial} due: {checkInsRepeated} repeated, {checkInsMissing} not delivered");
        Assert.Equal(0, missing);
        Assert.Equal((0, 0), (checkInsRepeated, checkInsMissing));
        Assert.True(repeated == 0, $"{repeated} warnings reached their customer twice ({beyondInFlight} of them not yet delivered when the host died, or sent a third time)");
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];

    private static string Customer(int i) => "C0CUST" + i.ToString(CultureInfo.InvariantCulture);

    private static string CheckInOwner(int i) => "U0CHK" + i.ToString(CultureInfo.InvariantCulture);

    private static List<FakeSlackCall> ToOwners(FakeSlackServer slack) =>
        [.. slack.Delivered("chat.postMessage").Where(c => c.Field("channel")?.StartsWith("DU0CHK", StringComparison.Ordinal) == true)];

    private static List<FakeSlackCall> ToCustomers(FakeSlackServer slack) =>
        [.. slack.Delivered("chat.postMessage").Where(c => c.Field("channel")?.StartsWith("C0CUST", StringComparison.Ordinal) == true)];

    /// <summary>
    /// Warnings the owner has just sent (each in the sending state, with its key, and a wake-up due now), as the host stores
    /// them, and commitments of other owners whose weekly check-in is overdue (owners who work every day, in a zone where it
    /// is early afternoon, so the check-in is due now whatever the hour here).
    /// </summary>
    private static async Task SeedAsync(string database)
    {
        var tables = new SqliteTableStore(database);
        var (commitments, slips, wakeUps) = (new TableCommitmentStore(tables), new TableSlipStore(tables), new TableWakeUpSchedule(tables, TimeProvider.System));
        var now = DateTimeOffset.UtcNow;
        var due = DateOnly.FromDateTime(now.UtcDateTime).AddDays(20);
        for (var i = 0; i < WarningsPerTrial; i++)
        {
            var commitment = await commitments.CreateAsync(new Commitment
            {
                Id = "crash-" + i.ToString(CultureInfo.InvariantCulture), Workspace = Workspace, Title = "Export " + i.ToString(CultureInfo.InvariantCulture), Customer = "Acme",
                DueDate = due, TimeZone = "UTC", Owner = "U0OWNER", Channel = "C0PROJ", CustomerDestination = Customer(i), HealthSince = now, CreatedAt = now,
            }, new CommitmentEvent(1, now, CommitmentEventKind.Created, "U0OWNER"));
            var sending = SlipState.Begin(Workspace, commitment.Id, "U0OWNER", due, SlipStartReason.SlippingAnswer, now) with
            {
                Step = SlipStep.Sending,
                NewDate = due.AddDays(14),
                Parts = SlipParts.Empty.With(SlipPart.Facts, "The export will not be ready on the date we gave you.").With(SlipPart.Impact, "Your report waits for it.")
                    .With(SlipPart.Plan, "Two engineers are on it.").With(SlipPart.Ask, "Does the new date work for you?"),
                IdempotencyKey = $"{Workspace}/slip/{commitment.Id}/warning",
                SentBy = "U0OWNER",
            };
            await slips.SaveAsync(sending, null);
            await wakeUps.ScheduleAsync(Workspace, commitment.Id, now);
        }

        await new TableCheckInSettingsStore(tables, TimeProvider.System).SaveAsync(Workspace, CheckInSettings.Default with { WorkingDays = EveryDay });
        var zone = AfternoonZone(now);
        for (var i = 0; i < CheckInsPerTrial; i++)
        {
            var created = now.AddDays(-10);
            await commitments.CreateAsync(new Commitment
            {
                Id = "checkin-" + i.ToString(CultureInfo.InvariantCulture), Workspace = Workspace, Title = "Report " + i.ToString(CultureInfo.InvariantCulture), Customer = "Acme",
                DueDate = due, TimeZone = zone, Owner = CheckInOwner(i), Channel = "C0PROJ", CustomerDestination = "C0CUSTX", HealthSince = created, CreatedAt = created,
            }, new CommitmentEvent(1, created, CommitmentEventKind.Created, CheckInOwner(i)));
            await wakeUps.ScheduleAsync(Workspace, "checkin-" + i.ToString(CultureInfo.InvariantCulture), now);
        }
    }

    /// <summary>A fixed-offset zone where it is early afternoon at <paramref name="now"/> (Etc/GMT names carry the sign reversed).</summary>
    private static string AfternoonZone(DateTimeOffset now)
    {
        var offset = 13 - now.UtcDateTime.Hour;
        offset = offset > 14 ? offset - 24 : offset < -12 ? offset + 24 : offset;
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.Abs(offset).ToString(CultureInfo.InvariantCulture);
    }
}
