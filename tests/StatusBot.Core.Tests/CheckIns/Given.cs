using StatusBot.Core.Chat;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;

namespace StatusBot.Core.Tests.CheckIns;

/// <summary>Commitments, calendars and instants for check-in tests.</summary>
internal static class Given
{
    public static readonly CheckInSettings Settings = CheckInSettings.Default;

    public static Commitment Commitment(DateOnly due, DateTimeOffset created, string zone = "Europe/Berlin", int? noticeDays = null) => new()
    {
        Id = "c1",
        Workspace = WorkspaceId.Playground,
        Title = "Pilot rollout",
        Customer = "Acme",
        DueDate = due,
        TimeZone = zone,
        Owner = "U_OWNER",
        Channel = "C_PROJECT",
        CustomerDestination = "C_ACME",
        NoticeDays = noticeDays,
        HealthSince = created,
        CreatedAt = created,
    };

    public static WorkingCalendar Calendar(string zone, CheckInSettings? settings = null) =>
        new(TimeZones.Get(zone), settings ?? Settings);

    /// <summary>The instant a local wall-clock time in <paramref name="zone"/> means.</summary>
    public static DateTimeOffset Local(string zone, int year, int month, int day, int hour = 0, int minute = 0) =>
        Calendar(zone).ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static DateTimeOffset Berlin(int month, int day, int hour = 0, int minute = 0, int year = 2025) =>
        Local("Europe/Berlin", year, month, day, hour, minute);
}
