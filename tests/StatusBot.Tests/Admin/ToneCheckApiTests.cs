using System.Net;
using System.Text.Json.Nodes;
using StatusBot.Core.Slips;

namespace StatusBot.Tests.Admin;

public sealed class ToneCheckApiTests
{
    private static readonly Uri ToneCheck = new($"/api/workspaces/{AdminHost.Workspace}/tone-check", UriKind.Relative);

    /// <summary>A sentence model that knows one sentence.</summary>
    private sealed class OneSentenceModel : ISentenceClassifier
    {
        public IReadOnlyList<SentenceVerdict> Classify(IReadOnlyList<string> sentences) =>
            [.. sentences.Select(s => s == "The vendor is the reason it is stuck." ? new SentenceVerdict(ToneFindingKind.Blame, 0.8765) : new SentenceVerdict(null, 0.6))];
    }

    [Fact]
    public async Task Text_from_elsewhere_gets_rule_and_model_findings_sentence_by_sentence()
    {
        using var host = new AdminHost(classifier: new OneSentenceModel());

        using var response = await host.Client.PostAsync(ToneCheck, AdminHost.Json("""{"text": "Hopefully it ships on 3 May. The vendor is the reason it is stuck. We call you Monday 4 May."}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = (await AdminHost.ReadAsync(response))["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(("hedging", "Hopefully it ships on 3 May.", "Hopefully"), (AdminHost.Text(findings[0]["kind"]), AdminHost.Text(findings[0]["sentence"]), AdminHost.Text(findings[0]["phrase"])));
        Assert.Null(findings[0]["confidence"]);
        Assert.Equal(("blame", "The vendor is the reason it is stuck."), (AdminHost.Text(findings[1]["kind"]), AdminHost.Text(findings[1]["sentence"])));
        Assert.Null(findings[1]["phrase"]);
        Assert.Equal(0.88, findings[1]["confidence"]!.GetValue<double>());
        Assert.Contains("without pointing at anyone", AdminHost.Text(findings[1]["advice"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_text_gets_no_findings_with_the_model_off()
    {
        using var host = new AdminHost();

        using var response = await host.Client.PostAsync(ToneCheck, AdminHost.Json("""{"text": "The fix ships on 12 March. We will call you the day before."}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await AdminHost.ReadAsync(response))["findings"]!.AsArray());
    }

    [Theory]
    [InlineData("""{}""", "Send the text to check")]
    [InlineData("""{"text": "   "}""", "Send the text to check")]
    [InlineData("""{"text": 12}""", "Send the text to check")]
    [InlineData("""not json""", "Send the text to check")]
    public async Task Missing_text_is_a_400_problem_that_says_what_to_send(string body, string detail)
    {
        using var host = new AdminHost();

        using var response = await host.Client.PostAsync(ToneCheck, AdminHost.Json(body));

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(detail, AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_text_is_a_400_problem_that_gives_the_limit()
    {
        using var host = new AdminHost();
        var text = string.Concat(Enumerable.Repeat("We ship on 12 March. ", 300));

        using var response = await host.Client.PostAsync(ToneCheck, AdminHost.Json(new JsonObject { ["text"] = text }.ToJsonString()));

        AdminHost.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 5000", AdminHost.Text((await AdminHost.ReadAsync(response))["detail"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_key_it_is_refused()
    {
        using var host = new AdminHost();
        using var client = host.CreateClientWithoutKey();

        using var response = await client.PostAsync(ToneCheck, AdminHost.Json("""{"text": "Soon."}"""));

        AdminHost.AssertProblem(response, HttpStatusCode.Unauthorized);
    }
}
