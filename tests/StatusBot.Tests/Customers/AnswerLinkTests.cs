using System.Net;

namespace StatusBot.Tests.Customers;

/// <summary>The customer answers an email warning through its signed links, over HTTP.</summary>
public sealed class AnswerLinkTests : IAsyncLifetime
{
    private CustomerHost _h = null!;

    public async Task InitializeAsync() => _h = await CustomerHost.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Customer_answers_sooner_with_a_note_and_owner_and_channel_are_told_once()
    {
        var commitment = await _h.WarnedAsync();
        var links = _h.EmailLinks();
        Assert.Equal(["The new date works", "We need it sooner", "Let's talk"], links.Keys);
        Assert.All(links.Values, l => Assert.StartsWith(_h.BaseAddress.ToString(), l.ToString(), StringComparison.Ordinal));

        var page = await _h.Http.GetAsync(links["We need it sooner"]);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"sooner\" checked", html, StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());

        var answered = await _h.PostAnswerAsync(links["We need it sooner"], "sooner", "Month-end is <!channel> <script>alert(1)</script>");
        var again = await _h.PostAnswerAsync(links["We need it sooner"], "sooner");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("need Export API sooner", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var recorded = Assert.Single(await _h.AnswersAsync(commitment.Id));
        Assert.Equal("sooner", recorded.Data["answer"]);
        var toOwner = Assert.Single(_h.Posted("DU0OWNER", "We need it sooner"));
        var toChannel = Assert.Single(_h.Posted(CustomerHost.Channel, "We need it sooner"));
        Assert.Contains("&lt;!channel&gt; &lt;script&gt;", toOwner.Field("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", toChannel.Field("text"), StringComparison.Ordinal);
        Assert.Contains("Please follow up", toOwner.Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mail_scanner_that_follows_every_link_records_nothing()
    {
        var commitment = await _h.WarnedAsync();

        foreach (var link in _h.EmailLinks().Values)
        {
            Assert.Equal(HttpStatusCode.OK, (await _h.Http.GetAsync(link)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _h.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, link))).StatusCode);
        }

        Assert.Empty(await _h.AnswersAsync(commitment.Id));
        Assert.Empty(_h.Posted(CustomerHost.Channel, "answered the warning"));
    }

    [Fact]
    public async Task A_change_of_mind_replaces_the_answer_and_both_stay_in_the_history()
    {
        var commitment = await _h.WarnedAsync();
        var links = _h.EmailLinks();

        await _h.PostAnswerAsync(links["The new date works"], "works");
        _h.Clock.Advance(TimeSpan.FromHours(3));
        await _h.PostAnswerAsync(links["Let's talk"], "talk", "Call me on Tuesday");
        var page = await (await _h.Http.GetAsync(links["The new date works"])).Content.ReadAsStringAsync();

        Assert.Equal(["works", "talk"], (await _h.AnswersAsync(commitment.Id)).Select(a => a.Data["answer"]));
        Assert.Contains("Your answer so far: <strong>Let&#39;s talk</strong>", page, StringComparison.Ordinal);
        Assert.Single(_h.Posted(CustomerHost.Channel, "\"The new date works\""));
        Assert.Single(_h.Posted(CustomerHost.Channel, "\"Let's talk\", 3 hours after"));
    }

    [Fact]
    public async Task An_expired_link_gets_a_clear_410_page_and_changes_nothing()
    {
        var commitment = await _h.WarnedAsync();
        var link = _h.EmailLinks()["The new date works"];
        _h.Clock.Advance(TimeSpan.FromDays(31));

        var page = await _h.Http.GetAsync(link);
        var posted = await _h.PostAnswerAsync(link, "works");

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This link has expired", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Empty(await _h.AnswersAsync(commitment.Id));
    }

    [Theory]
    [InlineData("altered")]
    [InlineData("forged")]
    [InlineData("cut")]
    public async Task An_altered_or_forged_link_gets_a_404_page_that_reveals_nothing(string how)
    {
        var commitment = await _h.WarnedAsync();
        var link = _h.EmailLinks()["The new date works"].ToString();
        var token = link[(link.LastIndexOf('/') + 1)..];
        var bad = how switch
        {
            "altered" => token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..],
            "forged" => "CfDJ8" + new string('x', 120),
            _ => token[..(token.Length / 2)],
        };

        var page = await _h.Http.GetAsync(new Uri(link[..(link.LastIndexOf('/') + 1)] + bad));
        var posted = await _h.PostAnswerAsync(new Uri(link[..(link.LastIndexOf('/') + 1)] + bad), "works");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This link does not work", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Export API", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Empty(await _h.AnswersAsync(commitment.Id));
    }

    [Fact]
    public async Task A_note_over_the_limit_is_refused_with_the_form_kept_and_nothing_stored()
    {
        var commitment = await _h.WarnedAsync();

        var posted = await _h.PostAnswerAsync(_h.EmailLinks()["Let's talk"], "talk", new string('n', 501));
        var wrong = await _h.PostAnswerAsync(_h.EmailLinks()["Let's talk"], "maybe");
        var json = await _h.Http.PostAsync(_h.EmailLinks()["Let's talk"], new StringContent("{\"answer\":\"talk\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("keep it to 500", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Empty(await _h.AnswersAsync(commitment.Id));
    }

    [Fact]
    public async Task A_link_is_limited_to_a_few_answers_an_hour()
    {
        await _h.WarnedAsync();
        var link = _h.EmailLinks()["Let's talk"];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await _h.PostAnswerAsync(link, i % 2 == 0 ? "talk" : "works", $"note {i}")).StatusCode);
            _h.Clock.Advance(TimeSpan.FromSeconds(5)); // Slack's pace for the owner's and the channel's notes.
        }

        _h.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = await _h.PostAnswerAsync(link, "talk");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
