using StatusBot.Core.Answers;
using StatusBot.Core.Commitments;

namespace StatusBot.Customers;

/// <summary>
/// <c>GET /customers/answer/{token}</c> shows a warning's answer page and changes nothing (a mail scanner that follows
/// the link records nothing); <c>POST</c> to the same address records the answer. The signed token is the only key: it
/// names one warning of one commitment in one workspace.
/// </summary>
internal static class AnswerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/customers/answer/{token}", [HttpMethods.Get, HttpMethods.Head], ShowAsync);
        app.MapPost("/customers/answer/{token}", AnswerAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ShowAsync(string token, CustomerLinks links, CommitmentService commitments, CancellationToken cancellationToken)
    {
        var (link, commitment, problem) = await OpenAsync(token, links, commitments, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var history = await commitments.HistoryAsync(link!.Workspace, link.CommitmentId, cancellationToken);
        return AnswerPage.Form(commitment!, link, CustomerAnswerService.Latest(history, link.WarningFor));
    }

    private static async Task<IResult> AnswerAsync(
        string token, HttpRequest request, CustomerLinks links, CommitmentService commitments, CustomerAnswerService answers, LinkRateLimit limit, CancellationToken cancellationToken)
    {
        var (link, commitment, problem) = await OpenAsync(token, links, commitments, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!request.HasFormContentType)
        {
            return CustomerHtml.Problem(StatusCodes.Status415UnsupportedMediaType, "Please use the form", "Open the link in your browser and press the button to answer.");
        }

        if (!limit.TryTake($"{link!.Workspace}|{link.CommitmentId}|{link.WarningFor:yyyy-MM-dd}"))
        {
            return CustomerHtml.Problem(StatusCodes.Status429TooManyRequests, "Too many answers", "This link has been used many times in the last hour. Please try again in an hour, or reply to the person who wrote to you.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var note = form["note"].ToString();
        if (CustomerAnswers.Parse(form["answer"].ToString()) is not { } answer)
        {
            return await FormAgainAsync(commitments, commitment!, link, "Please choose one of the three answers.", note, cancellationToken);
        }

        var result = await answers.AnswerAsync(new CustomerAnswerRequest(link.Workspace, link.CommitmentId, link.WarningFor, answer, "link") { Note = note }, cancellationToken);
        return result.Outcome == CustomerAnswerOutcome.Refused
            ? await FormAgainAsync(commitments, result.Commitment ?? commitment!, link, result.Message, note, cancellationToken)
            : AnswerPage.Thanks(result.Message);
    }

    private static async Task<IResult> FormAgainAsync(CommitmentService commitments, Commitment commitment, AnswerLink link, string error, string note, CancellationToken cancellationToken)
    {
        var history = await commitments.HistoryAsync(link.Workspace, link.CommitmentId, cancellationToken);
        return AnswerPage.Form(commitment, link, CustomerAnswerService.Latest(history, link.WarningFor), error, note);
    }

    private static async Task<(AnswerLink? Link, Commitment? Commitment, IResult? Problem)> OpenAsync(
        string token, CustomerLinks links, CommitmentService commitments, CancellationToken cancellationToken)
    {
        var read = links.ReadAnswer(token);
        if (read.Value is not { } link)
        {
            return (null, null, LinkProblems.For(read.State));
        }

        var commitment = await commitments.GetAsync(link.Workspace, link.CommitmentId, cancellationToken);
        return commitment is null
            ? (null, null, CustomerHtml.Problem(StatusCodes.Status404NotFound, "This promise is no longer on record", "Please reply to the person who wrote to you."))
            : (link, commitment, null);
    }
}
