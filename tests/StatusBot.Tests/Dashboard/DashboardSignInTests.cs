using System.Net;
using StatusBot.Core.Chat;

namespace StatusBot.Tests.Dashboard;

public sealed class DashboardSignInTests
{
    private const string TeamA = "T0123ABC";
    private const string TeamB = "T0999XYZ";

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in_and_downloads_nothing()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        using var walk = new SignInWalk(host.BaseAddress);

        var (page, at) = await walk.GetAsync("/app");
        var (export, exportAt) = await walk.GetAsync("/app/export/commitments.csv");

        Assert.Equal("/app/signin", at.AbsolutePath);
        Assert.Contains("Sign in with Slack", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/app/signin", exportAt.AbsolutePath);
        Assert.Equal("text/html", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Slack_person_signs_in_through_the_provider_and_sees_only_their_workspace()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        var ours = await host.CreateAsync("slack-" + TeamA, "Data export API");
        var theirs = await host.CreateAsync("slack-" + TeamB, "Other team's secret launch");
        provider.NextUser = FakeOpenIdProvider.SlackUser(TeamA, "U0123", "Ada");
        using var walk = new SignInWalk(host.BaseAddress);

        var (now, at) = await walk.GetAsync("/app/signin/slack");
        var html = await now.Content.ReadAsStringAsync();
        var (mine, _) = await walk.GetAsync("/app/commitments/" + ours);
        var (other, _) = await walk.GetAsync("/app/commitments/" + theirs);
        var (csv, _) = await walk.GetAsync("/app/export/commitments.csv");
        var exported = await csv.Content.ReadAsStringAsync();

        Assert.Equal("/app", at.AbsolutePath);
        Assert.Equal(1, provider.TokensIssued);
        Assert.Contains("Ada (slack-T0123ABC)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Data export API", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("secret launch", exported, StringComparison.Ordinal);
        var session = Assert.Single(walk.SetCookies, c => c.StartsWith("statusbot-dashboard=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/app", session, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("default-src 'none';", now.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", now.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", now.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_Slack_admin_by_users_info_is_a_dashboard_admin_and_a_member_is_not()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        await using var slack = await StatusBot.Slack.Tests.FakeSlack.FakeSlackServer.StartAsync();
        slack.Admins.Add("U0BOSS");
        using var host = new DashboardHost(provider, new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-dashboard",
            ["Slack:SigningSecret"] = "dashboard-signing-secret",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        });

        using var boss = await SignInWalk.SlackAsync(host, provider, TeamA, "U0BOSS");
        using var member = await SignInWalk.SlackAsync(host, provider, TeamA, "U0123");
        var (bossDelete, _) = await boss.GetAsync("/app/delete");
        var (memberDelete, memberAt) = await member.GetAsync("/app/delete");

        Assert.Equal(HttpStatusCode.OK, bossDelete.StatusCode);
        Assert.Contains("(slack-T0123ABC, admin)", await bossDelete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/app/denied", memberAt.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, memberDelete.StatusCode);
        Assert.Contains(slack.Calls, c => c.Method == "users.info");
    }

    [Fact]
    public async Task An_id_token_with_another_nonce_signs_no_one_in()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        provider.NextUser = FakeOpenIdProvider.SlackUser(TeamA, "U0123", "Ada");
        provider.WrongNonce = true;
        using var walk = new SignInWalk(host.BaseAddress);

        var (page, at) = await walk.GetAsync("/app/signin/slack");
        var (_, later) = await walk.GetAsync("/app");

        Assert.Equal("/app/signin", at.AbsolutePath);
        Assert.Contains("did not work", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/app/signin", later.AbsolutePath);
    }

    [Fact]
    public async Task Entra_person_in_the_admin_group_signs_in_to_their_tenant_as_admin()
    {
        const string tenant = "0b1c2d3e-0000-4000-8000-00000000aaaa";
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(null, new Dictionary<string, string?>
        {
            ["Dashboard:Entra:ClientId"] = FakeOpenIdProvider.ClientId,
            ["Dashboard:Entra:ClientSecret"] = FakeOpenIdProvider.ClientSecret,
            ["Dashboard:Entra:Authority"] = provider.Authority.ToString(),
            ["Dashboard:Entra:AdminGroupId"] = "group-admins",
        });
        provider.NextUser = FakeOpenIdProvider.EntraUser(tenant, "oid-1", "Grace", "group-staff", "group-admins");
        using var walk = new SignInWalk(host.BaseAddress);

        var (now, at) = await walk.GetAsync("/app/signin/entra");

        Assert.Equal("/app", at.AbsolutePath);
        Assert.Contains($"Grace ({WorkspaceId.ForTeams(tenant)}, admin)", await now.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("months=abc")]
    [InlineData("months=0")]
    [InlineData("months=37")]
    public async Task Trends_for_a_bad_number_of_months_is_a_400_that_says_what_to_send(string query)
    {
        using var host = new DashboardHost(null);
        using var walk = new SignInWalk(host.BaseAddress);
        await walk.GetAsync("/app");

        var (response, _) = await walk.GetAsync("/app/trends?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("months must be a whole number from 1 to 36", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_is_a_404_that_says_where_to_choose()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        using var walk = new SignInWalk(host.BaseAddress);

        var (response, _) = await walk.GetAsync("/app/signin/github");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/app/signin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_provider_the_playground_user_is_signed_in_on_this_machine()
    {
        using var host = new DashboardHost(null);
        await host.CreateAsync(WorkspaceId.Playground.ToString(), "Playground promise", dueDate: DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var walk = new SignInWalk(host.BaseAddress);

        var (now, at) = await walk.GetAsync("/app");
        var html = await now.Content.ReadAsStringAsync();
        using var later = new SignInWalk(host.BaseAddress);
        var (_, trends) = await later.GetAsync("/app/trends?months=6");

        Assert.Equal("/app", at.AbsolutePath);
        Assert.Equal("/app/trends?months=6", trends.PathAndQuery);
        Assert.Contains($"{StatusBot.Playground.PlaygroundWorkspace.UserName} (teams-playground, admin)", html, StringComparison.Ordinal);
        Assert.Contains("Playground promise", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_shows_a_member_their_own_figures_and_an_admin_everyones()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        foreach (var (workspace, owner) in new[] { ("slack-" + TeamA, "U0123"), ("slack-" + TeamA, "U0456"), (WorkspaceId.Playground.ToString(), "U0123"), (WorkspaceId.Playground.ToString(), "U0456") })
        {
            var id = await host.CreateAsync(workspace, "Promise of " + owner, owner: owner);
            await host.PatchAsync(workspace, id, """{"status":"delivered"}""");
        }

        using var member = await SignInWalk.SlackAsync(host, provider, TeamA);
        var (own, _) = await member.GetAsync("/app/people");
        var memberSees = await own.Content.ReadAsStringAsync();
        using var admin = new SignInWalk(host.BaseAddress);
        var refused = await admin.Client.PostAsync(new Uri("/app/signin?handler=Playground", UriKind.Relative), null);
        var (signIn, _) = await admin.GetAsync("/app/signin");
        var token = System.Text.RegularExpressions.Regex.Match(await signIn.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        await admin.Client.PostAsync(new Uri("/app/signin?handler=Playground", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var (all, _) = await admin.GetAsync("/app/people");
        var adminSees = await all.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // no form token
        Assert.Contains(">U0123<", memberSees, StringComparison.Ordinal);
        Assert.DoesNotContain("U0456", memberSees, StringComparison.Ordinal);
        Assert.Contains($"{StatusBot.Playground.PlaygroundWorkspace.UserName} (teams-playground, admin)", adminSees, StringComparison.Ordinal);
        Assert.Contains(">U0123<", adminSees, StringComparison.Ordinal);
        Assert.Contains(">U0456<", adminSees, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_turned_away_from_deleting_data()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var host = new DashboardHost(provider);
        var id = await host.CreateAsync("slack-" + TeamA, "Ours");
        using var walk = await SignInWalk.SlackAsync(host, provider, TeamA);

        var (page, at) = await walk.GetAsync("/app/delete");
        var posted = await walk.Client.PostAsync(new Uri("/app/delete", UriKind.Relative), new FormUrlEncodedContent([new("confirm", "slack-" + TeamA)]));

        Assert.Equal("/app/denied", at.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin.GetAsync(new Uri($"/api/workspaces/slack-{TeamA}/commitments/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_is_refused()
    {
        using var host = new DashboardHost(null);
        using var walk = new SignInWalk(host.BaseAddress);
        await walk.GetAsync("/app");

        var response = await walk.Client.PostAsync(new Uri("/app/signout", UriKind.Relative), new FormUrlEncodedContent([]));
        var (still, at) = await walk.GetAsync("/app");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/app", at.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }
}
