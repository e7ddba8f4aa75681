using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StatusBot.Tests.Dashboard;

/// <summary>Settings over HTTP: who may change them, and what a wrong value gets back.</summary>
public sealed partial class DashboardSettingsTests
{
    private const string Playground = "teams-playground";

    [Fact]
    public async Task A_member_who_is_not_an_admin_reads_the_settings_without_a_form_and_a_post_of_theirs_is_refused()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        using var walk = await SignInWalk.SlackAsync(host, provider, "T0123ABC");

        var (page, at) = await walk.GetAsync("/app/settings");
        var html = await page.Content.ReadAsStringAsync();
        // The sign-out form on every page carries this person's anti-forgery token: a forged post has everything but the right.
        var token = Token(html);
        using var changeHour = await PostAsync(walk.Client, "CheckIns", token, ("checkInTime", "11:00"));
        using var addHoliday = await PostAsync(walk.Client, "AddHoliday", token, ("holidayDate", "2026-12-24"));
        using var addSchedule = await PostAsync(walk.Client, "AddSchedule", token, ("channel", "C0456"), ("schedule", "daily 09:00"), ("timeZone", "UTC"));

        Assert.Equal(("/app/settings", HttpStatusCode.OK), (at.AbsolutePath, page.StatusCode));
        Assert.Contains("Only a workspace admin can change them.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=", html, StringComparison.Ordinal);
        Assert.All([changeHour, addHoliday, addSchedule], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var settings = await CheckInsAsync(host, "slack-T0123ABC");
        Assert.Equal("10:00:00", (string?)settings["checkInTime"]);
        Assert.Empty(settings["holidays"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync(new Uri("/api/workspaces/slack-T0123ABC/channels/C0456/digest/schedule", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_admin_who_types_wrong_values_sees_each_beside_its_field_as_typed_and_nothing_changes()
    {
        using var host = new DashboardHost(null);
        using var walk = new SignInWalk(host.BaseAddress); // the playground user, an admin
        var (page, _) = await walk.GetAsync("/app/settings");
        var token = Token(await page.Content.ReadAsStringAsync());

        using var hours = await PostAsync(walk.Client, "CheckIns", token, ("checkInTime", "07:00"), ("farThresholdDays", "abc"), ("farIntervalDays", "7"),
            ("nearIntervalDays", "3"), ("finalThresholdDays", "7"), ("finalIntervalDays", "1"), ("workingDays", "monday"), ("workingDays", "funday"),
            ("workdayStart", "09:00"), ("workdayEnd", "5pm"), ("quietHoursStart", "19:00"), ("quietHoursEnd", "08:00"));
        var shown = await hours.Content.ReadAsStringAsync();
        using var schedule = await PostAsync(walk.Client, "AddSchedule", token, ("channel", "C0456"), ("schedule", "fortnightly"), ("timeZone", "Europe/Berlin"));
        var scheduleShown = await schedule.Content.ReadAsStringAsync();
        using var holiday = await PostAsync(walk.Client, "AddHoliday", token, ("holidayDate", "24/12/2026"));

        Assert.Equal(HttpStatusCode.BadRequest, hours.StatusCode);
        Assert.Matches(FieldWithError("checkInTime", "07:00"), shown);
        Assert.Contains("CheckInTime (07:00) must lie in the working day (09:00-17:00).", shown, StringComparison.Ordinal);
        Assert.Matches(FieldWithError("farThresholdDays", "abc"), shown);
        Assert.Contains("&#x27;abc&#x27; is not a number of days", shown, StringComparison.Ordinal);
        Assert.Contains("&#x27;funday&#x27; is not a day of the week", shown, StringComparison.Ordinal);
        Assert.Matches(FieldWithError("workdayEnd", "5pm"), shown);
        Assert.Equal(HttpStatusCode.BadRequest, schedule.StatusCode);
        Assert.Matches(FieldWithError("schedule", "fortnightly"), scheduleShown);
        Assert.Contains("value=\"C0456\"", scheduleShown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, holiday.StatusCode);
        Assert.Equal("10:00:00", (string?)(await CheckInsAsync(host, Playground))["checkInTime"]);
        Assert.Empty((await CheckInsAsync(host, Playground))["holidays"]!.AsArray());
    }

    [Fact]
    public async Task An_admin_schedules_a_channels_digest_and_stops_it_and_a_post_without_the_form_token_changes_nothing()
    {
        using var host = new DashboardHost(null);
        using var walk = new SignInWalk(host.BaseAddress);
        var (page, _) = await walk.GetAsync("/app/settings");
        var token = Token(await page.Content.ReadAsStringAsync());
        var schedule = new Uri($"/api/workspaces/{Playground}/channels/C0456/digest/schedule", UriKind.Relative);

        using var forged = await PostAsync(walk.Client, "AddSchedule", null, ("channel", "C0456"), ("schedule", "daily 09:00"), ("timeZone", "UTC"));
        var afterForged = (await host.Admin.GetAsync(schedule)).StatusCode;
        using var added = await PostAsync(walk.Client, "AddSchedule", token, ("channel", "C0456"), ("schedule", "weekly monday 09:00"), ("timeZone", "Europe/Berlin"));
        var set = JsonNode.Parse(await host.Admin.GetStringAsync(schedule))!;
        var (listed, _) = await walk.GetAsync(added.Headers.Location!.OriginalString);
        var listedHtml = await listed.Content.ReadAsStringAsync();
        using var stopped = await PostAsync(walk.Client, "RemoveSchedule", token, ("channel", "C0456"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (forged.StatusCode, afterForged));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(("0 9 * * 1", "Europe/Berlin"), ((string?)set["cron"], (string?)set["timeZone"]));
        Assert.Contains("Saved the digest schedules.", listedHtml, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">C0456</th><td>weekly monday 09:00</td>", listedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.GetAsync(schedule)).StatusCode);
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static Regex FieldWithError(string name, string value) =>
        new($"<input id=\"{name}\" name=\"{name}\" type=\"[a-z]+\" value=\"{Regex.Escape(value)}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*{name}-problem\"");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, string? token, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            form.Add(new("__RequestVerificationToken", token));
        }

        return client.PostAsync(new Uri("/app/settings?handler=" + handler, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    private static async Task<JsonNode> CheckInsAsync(DashboardHost host, string workspace) =>
        JsonNode.Parse(await host.Admin.GetStringAsync(new Uri($"/api/workspaces/{workspace}/settings/check-ins", UriKind.Relative)))!;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
