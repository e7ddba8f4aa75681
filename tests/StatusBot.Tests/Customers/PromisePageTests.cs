using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;

namespace StatusBot.Tests.Customers;

/// <summary>The owner shares a customer's promise page through the admin API, the customer reads it, and the owner revokes it.</summary>
public sealed class PromisePageTests : IAsyncLifetime
{
    private CustomerHost _h = null!;

    public async Task InitializeAsync() => _h = await CustomerHost.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri($"/api/workspaces/{CustomerHost.Workspace}/{path}", UriKind.Relative));
        request.Headers.Add("X-Api-Key", CustomerHost.AdminKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await _h.Http.SendAsync(request);
    }

    private async Task<JsonNode> ShareAsync(string customer)
    {
        var response = await AdminAsync(HttpMethod.Post, $"customers/{Uri.EscapeDataString(customer)}/promise-links");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private async Task<Commitment> CreateAsync(string title, string customer, WorkspaceId? workspace = null) =>
        (await _h.Get<CommitmentService>().CreateAsync(workspace ?? CustomerHost.Workspace, new CommitmentInput(
            title, customer, _h.Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "UTC", CustomerHost.Owner, CustomerHost.Channel, "ops@example.com"), CustomerHost.Owner)).Value!;

    [Fact]
    public async Task The_page_lists_every_date_given_to_that_customer_with_warnings_answers_and_who_asked_for_a_move()
    {
        await _h.WarnedAsync(title: "Export <script>API</script>");
        await _h.PostAnswerAsync(_h.EmailLinks()["Let's talk"], "talk");
        var moved = await CreateAsync("Single sign-on", " acme ");
        var newDate = _h.Today.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await AdminAsync(HttpMethod.Patch, $"commitments/{moved.Id}", $$"""{ "dueDate": "{{newDate}}", "dueDateReason": "customer" }""")).StatusCode);
        await CreateAsync("Beta's report", "Beta");
        await CreateAsync("Other workspace's promise", "Acme", WorkspaceId.Parse("slack-T9999"));

        var shared = await ShareAsync("ACME");
        var page = await _h.Http.GetAsync(new Uri(shared["url"]!.GetValue<string>()));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith(_h.BaseAddress.ToString(), shared["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<h1>Our promises to Acme</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Export &lt;script&gt;API&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Moved by us", html, StringComparison.Ordinal);
        Assert.Contains("Moved at your request", html, StringComparison.Ordinal);
        Assert.Contains("Your answer: <strong>Let&#39;s talk</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Single sign-on", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Other workspace", html, StringComparison.Ordinal);
        Assert.Contains("<li>1 moved by us</li><li>1 moved at your request</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_page_is_withdrawn_at_once_and_the_listing_shows_who_revoked_it()
    {
        await CreateAsync("Export API", "Acme");
        var shared = await ShareAsync("Acme");
        var url = new Uri(shared["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _h.Http.GetAsync(url)).StatusCode);

        var revoked = await AdminAsync(HttpMethod.Delete, $"promise-links/{shared["id"]!.GetValue<string>()}");
        var page = await _h.Http.GetAsync(url);
        var listed = (await (await AdminAsync(HttpMethod.Get, "promise-links")).Content.ReadFromJsonAsync<JsonNode>())!["links"]!.AsArray().Single()!;

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This page has been withdrawn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Export API", html, StringComparison.Ordinal);
        Assert.Equal(("admin-api", null), ((string?)listed["revokedBy"], (string?)listed["url"]));
        Assert.Equal(HttpStatusCode.NotFound, (await AdminAsync(HttpMethod.Delete, "promise-links/nope")).StatusCode);
    }

    [Fact]
    public async Task An_expired_altered_or_other_kind_of_link_opens_nothing()
    {
        await CreateAsync("Export API", "Acme");
        var url = (await ShareAsync("Acme"))["url"]!.GetValue<string>();
        var token = url[(url.LastIndexOf('/') + 1)..];
        var altered = url[..(url.LastIndexOf('/') + 1)] + token[..30] + (token[30] == 'Q' ? 'R' : 'Q') + token[31..];
        var answerToken = await WarnedAnswerTokenAsync();

        var alteredPage = await _h.Http.GetAsync(new Uri(altered));
        var answerLinkAsPage = await _h.Http.GetAsync(new Uri(_h.BaseAddress, "customers/promises/" + answerToken));
        _h.Clock.Advance(TimeSpan.FromDays(181));
        var expired = await _h.Http.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.NotFound, alteredPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answerLinkAsPage.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.DoesNotContain("Export API", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> WarnedAnswerTokenAsync()
    {
        await _h.WarnedAsync(customer: "Zed");
        var link = _h.EmailLinks()["Let's talk"].ToString();
        return link[(link.LastIndexOf('/') + 1)..];
    }

    [Fact]
    public async Task Sharing_needs_the_admin_key_and_a_customer_with_commitments_here()
    {
        await CreateAsync("Export API", "Acme", WorkspaceId.Parse("slack-T9999"));
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/workspaces/{CustomerHost.Workspace}/customers/Acme/promise-links", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, (await _h.Http.SendAsync(anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminAsync(HttpMethod.Post, "customers/Acme/promise-links")).StatusCode);
    }

    [Fact]
    public async Task The_owner_shares_and_withdraws_the_page_from_Slack()
    {
        await CreateAsync("Export API", "Acme");

        var shared = await (await _h.Wire.CommandAsync("/commit", "share Acme", CustomerHost.Owner, "D0OWNER", _h.Slack.ResponseUrl("s1"))).Content.ReadAsStringAsync();
        var url = System.Text.RegularExpressions.Regex.Match(shared, @"http://127\.0\.0\.1:\d+/customers/promises/[A-Za-z0-9_-]+").Value;
        var id = System.Text.RegularExpressions.Regex.Match(shared, "commit unshare ([0-9a-f]{32})").Groups[1].Value;
        var before = await _h.Http.GetAsync(new Uri(url));
        var stranger = await (await _h.Wire.CommandAsync("/commit", $"unshare {id}", "U0STRANGER", "D0STRANGER", _h.Slack.ResponseUrl("s2"))).Content.ReadAsStringAsync();
        var withdrawn = await (await _h.Wire.CommandAsync("/commit", $"unshare {id}", CustomerHost.Owner, "D0OWNER", _h.Slack.ResponseUrl("s3"))).Content.ReadAsStringAsync();
        var after = await _h.Http.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Only whoever shared it", stranger, StringComparison.Ordinal);
        Assert.Contains("Withdrawn", withdrawn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
    }
}
