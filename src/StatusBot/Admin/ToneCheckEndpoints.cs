using System.Text.Json;
using StatusBot.Core.Slips;

namespace StatusBot.Admin;

/// <summary>
/// <c>POST /api/workspaces/{workspace}/tone-check</c> with <c>{"text": "..."}</c>: the tone check of any text, so a
/// team can check a message written elsewhere. Each finding names its kind, the sentence, the phrase when a rule
/// matched, the advice, and the sentence model's confidence when the model found it.
/// </summary>
internal static class ToneCheckEndpoints
{
    /// <summary>The longest text checked (a long customer email).</summary>
    public const int MaxTextLength = 5000;

    private const int MaxBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapToneCheckEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/workspaces/{workspace}/tone-check", CheckAsync).AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        return app;
    }

    private static async Task<IResult> CheckAsync(
        string workspace, HttpRequest request, ISentenceClassifier classifier, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return AdminProblems.UnsupportedMediaType("""Send the text as application/json: {"text": "..."}.""");
        }

        var body = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return AdminProblems.TooLarge($"The request is larger than {MaxBytes / 1024} KiB; the tone check takes at most {MaxTextLength} characters.");
        }

        ToneCheckRequest? sent;
        try
        {
            sent = JsonSerializer.Deserialize(body, AdminJsonContext.Default.ToneCheckRequest);
        }
        catch (JsonException)
        {
            sent = null;
        }

        if (string.IsNullOrWhiteSpace(sent?.Text))
        {
            return AdminProblems.BadRequest("""Send the text to check as JSON: {"text": "We will ship the fix on 12 March."}.""");
        }

        if (sent.Text.Length > MaxTextLength)
        {
            return AdminProblems.BadRequest($"The text has {sent.Text.Length} characters; the tone check takes at most {MaxTextLength}. Check it in parts.");
        }

        var findings = ToneCheck.ReviewText(sent.Text, null, classifier, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return TypedResults.Json(new ToneCheckView([.. findings.Select(ToneFindingView.From)]), AdminJsonContext.Default.ToneCheckView);
    }
}

/// <summary>The text to check.</summary>
internal sealed record ToneCheckRequest(string? Text);

/// <summary>What the tone check found, sentence by sentence.</summary>
internal sealed record ToneCheckView(IReadOnlyList<ToneFindingView> Findings);

/// <summary>One finding: the phrase when a rule matched, the confidence when the sentence model found it.</summary>
internal sealed record ToneFindingView(ToneFindingKind Kind, string Sentence, string? Phrase, string Advice, double? Confidence)
{
    public static ToneFindingView From(ToneFinding finding) => new(
        finding.Kind, finding.Sentence, finding.Phrase.Length > 0 ? finding.Phrase : null, finding.Suggestion,
        finding.Confidence is { } confidence ? Math.Round(confidence, 2) : null);
}
