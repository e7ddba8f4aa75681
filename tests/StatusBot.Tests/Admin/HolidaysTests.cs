using System.Net;
using System.Text;

namespace StatusBot.Tests.Admin;

public sealed class HolidaysTests
{
    private static readonly Uri Holidays = new($"/api/workspaces/{AdminHost.Workspace}/settings/holidays", UriKind.Relative);
    private static readonly Uri Settings = new($"/api/workspaces/{AdminHost.Workspace}/settings/check-ins", UriKind.Relative);

    // The host's clock says Monday 23 November 2026: a yearly event is expanded to 22 November 2028.
    private const string Calendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//StatusBot tests//EN
        BEGIN:VEVENT
        UID:christmas@test
        DTSTAMP:20261101T000000Z
        DTSTART;VALUE=DATE:20261224
        DTEND;VALUE=DATE:20261227
        SUMMARY:Christmas break
        END:VEVENT
        BEGIN:VEVENT
        UID:nye@test
        DTSTAMP:20261101T000000Z
        DTSTART;VALUE=DATE:20261231
        SUMMARY:New Year's Eve
        END:VEVENT
        BEGIN:VEVENT
        UID:mayday@test
        DTSTAMP:20261101T000000Z
        DTSTART;VALUE=DATE:20200501
        RRULE:FREQ=YEARLY
        SUMMARY:Labour Day
        END:VEVENT
        BEGIN:VEVENT
        UID:meeting@test
        DTSTAMP:20261101T000000Z
        DTSTART:20261210T090000Z
        DTEND:20261210T100000Z
        SUMMARY:Planning meeting
        END:VEVENT
        END:VCALENDAR
        """;

    private static StringContent Ics(string text) => new(text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false), "text/calendar");

    private static async Task<string[]> DatesAsync(HttpResponseMessage response) =>
        [.. (await AdminHost.ReadAsync(response))["dates"]!.AsArray().Select(AdminHost.Text)];

    [Fact]
    public async Task Holidays_put_as_json_are_shown_sorted_and_keep_the_other_settings()
    {
        using var host = new AdminHost();
        using var settings = await host.Client.PutAsync(Settings, AdminHost.Json("""{"checkInTime":"14:30:00"}"""));

        using var put = await host.Client.PutAsync(Holidays, AdminHost.Json("""{"dates": ["2026-12-25", "2026-12-24", "2026-12-25", "2027-01-01"]}"""));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["2026-12-24", "2026-12-25", "2027-01-01"], await DatesAsync(put));
        Assert.Equal(["2026-12-24", "2026-12-25", "2027-01-01"], await DatesAsync(await host.Client.GetAsync(Holidays)));
        var shown = await AdminHost.ReadAsync(await host.Client.GetAsync(Settings));
        Assert.Equal("14:30:00", (string?)shown["checkInTime"]);
        Assert.Equal(["2026-12-24", "2026-12-25", "2027-01-01"], shown["holidays"]!.AsArray().Select(AdminHost.Text));
    }

    [Fact]
    public async Task Holidays_from_an_ics_file_take_every_all_day_event_and_a_yearly_one_for_two_years()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Holidays, Ics(Calendar));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-05-01", "2028-05-01"], await DatesAsync(put));
        Assert.Equal(["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-05-01", "2028-05-01"], await DatesAsync(await host.Client.GetAsync(Holidays)));
    }

    [Theory]
    [InlineData("this is not a calendar")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\n")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261301\nEND:VEVENT\nEND:VCALENDAR\n")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261201\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\nEND:VCALENDAR\n")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n")]
    [InlineData("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261210T090000Z\nSUMMARY:Only a meeting\nEND:VEVENT\nEND:VCALENDAR\n")]
    [InlineData("")]
    public async Task A_broken_ics_file_is_a_400_and_changes_nothing(string text)
    {
        using var host = new AdminHost();
        using var first = await host.Client.PutAsync(Holidays, AdminHost.Json("""{"dates": ["2026-12-25"]}"""));

        using var put = await host.Client.PutAsync(Holidays, Ics(text));

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        Assert.Equal(["2026-12-25"], await DatesAsync(await host.Client.GetAsync(Holidays)));
    }

    [Theory]
    [InlineData("""{"dates": ["25/12/2026"]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"dates": "2026-12-25"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"days": ["2026-12-25"]}""", HttpStatusCode.BadRequest)]
    [InlineData("""not json""", HttpStatusCode.BadRequest)]
    public async Task Bad_json_holidays_are_a_400(string json, HttpStatusCode status)
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Holidays, AdminHost.Json(json));

        AdminHost.AssertProblem(put, status);
        Assert.Empty(await DatesAsync(await host.Client.GetAsync(Holidays)));
    }

    [Fact]
    public async Task More_holidays_than_a_workspace_keeps_are_refused()
    {
        using var host = new AdminHost();
        var dates = Enumerable.Range(0, Core.CheckIns.CheckInSettings.MaxHolidays + 1).Select(i => $"\"{new DateOnly(2027, 1, 1).AddDays(i):yyyy-MM-dd}\"");

        using var put = await host.Client.PutAsync(Holidays, AdminHost.Json($$"""{"dates": [{{string.Join(",", dates)}}]}"""));

        AdminHost.AssertProblem(put, HttpStatusCode.BadRequest);
        Assert.Equal(["dates"], AdminHost.ErrorFields(await AdminHost.ReadAsync(put)));
    }

    [Fact]
    public async Task The_check_in_settings_take_holidays_too()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Settings, AdminHost.Json("""{"holidays": ["2026-12-25", "2026-12-24"]}"""));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["2026-12-24", "2026-12-25"], await DatesAsync(await host.Client.GetAsync(Holidays)));
    }

    [Fact]
    public async Task Holidays_come_as_json_or_a_calendar()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Holidays, AdminHost.Csv("date\n2026-12-25\n"));

        AdminHost.AssertProblem(put, HttpStatusCode.UnsupportedMediaType);
    }
}
