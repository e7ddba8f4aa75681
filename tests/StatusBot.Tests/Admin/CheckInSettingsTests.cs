using System.Net;
using System.Text.Json.Nodes;

namespace StatusBot.Tests.Admin;

public sealed class CheckInSettingsTests
{
    private static readonly Uri Settings = new($"/api/workspaces/{AdminHost.Workspace}/settings/check-ins", UriKind.Relative);

    [Fact]
    public async Task A_workspace_that_set_nothing_shows_the_defaults()
    {
        using var host = new AdminHost();

        var body = await AdminHost.ReadAsync(await host.Client.GetAsync(Settings));

        Assert.Equal("10:00:00", (string?)body["checkInTime"]);
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], body["workingDays"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(21, (int?)body["farThresholdDays"]);
    }

    [Fact]
    public async Task New_settings_move_the_next_check_in_of_the_workspace()
    {
        using var host = new AdminHost();
        var created = await host.CreateAsync();
        var before = (string?)created["nextCheckIn"]!["at"];

        using var put = await host.Client.PutAsync(Settings, AdminHost.Json(
            """{"checkInTime":"14:30:00","workingDays":["monday","tuesday","wednesday","thursday","friday","saturday"]}"""));
        var view = await AdminHost.ReadAsync(await host.Client.GetAsync(new Uri($"{AdminHost.Base}/{created["id"]}", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("14:30:00", (string?)(await AdminHost.ReadAsync(await host.Client.GetAsync(Settings)))["checkInTime"]);
        var after = DateTimeOffset.Parse((string)view["nextCheckIn"]!["at"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(before, (string?)view["nextCheckIn"]!["at"]);
        Assert.Equal(new TimeSpan(14, 30, 0), TimeZoneInfo.ConvertTime(after, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).TimeOfDay);
    }

    [Fact]
    public async Task Settings_that_cannot_work_are_refused_and_nothing_changes()
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Settings, AdminHost.Json("""{"checkInTime":"22:00:00","workingDays":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problems = (await AdminHost.ReadAsync(put))["errors"]!["settings"]!.AsArray().Select(p => (string?)p).ToList();
        Assert.Contains(problems, p => p!.Contains("CheckInTime", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("WorkingDays", StringComparison.Ordinal));
        Assert.Equal("10:00:00", (string?)(await AdminHost.ReadAsync(await host.Client.GetAsync(Settings)))["checkInTime"]);
    }

    [Theory]
    [InlineData("""{"checkInTime":"ten"}""")]
    [InlineData("""{"workingDays":["funday"]}""")]
    [InlineData("""{"checkInHour":"10:00:00"}""")]
    [InlineData("""not json""")]
    public async Task Malformed_settings_are_a_400_naming_the_shape(string json)
    {
        using var host = new AdminHost();

        using var put = await host.Client.PutAsync(Settings, AdminHost.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("10:00:00", (string?)(await AdminHost.ReadAsync(put))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_need_the_key()
    {
        using var host = new AdminHost();

        using var response = await host.CreateClientWithoutKey().GetAsync(Settings);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
