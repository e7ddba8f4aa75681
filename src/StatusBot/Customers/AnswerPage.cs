using System.Text;
using StatusBot.Core.Commitments;
using StatusBot.Core.Slips;
using static StatusBot.Customers.CustomerHtml;

namespace StatusBot.Customers;

/// <summary>The page an answer link opens: the warning's dates, the three answers (the clicked one chosen), a note, and one button.</summary>
internal static class AnswerPage
{
    public static IResult Form(Commitment commitment, AnswerLink link, CommitmentEvent? latest, string? error = null, string? note = null)
    {
        var chosen = error is null && latest is not null ? CustomerAnswers.Of(latest) ?? link.Answer : link.Answer;
        var html = new StringBuilder()
            .Append("<h1>Your answer about ").Append(E(commitment.Title)).Append("</h1>")
            .Append("<p>We told you that ").Append(E(commitment.Title)).Append(" would not be ready on ")
            .Append(E(WarningComposer.Spelled(link.WarningFor))).Append(". Our date now is <strong>")
            .Append(E(WarningComposer.Spelled(commitment.DueDate))).Append("</strong>.</p>");
        if (latest is not null && CustomerAnswers.Of(latest) is { } earlier)
        {
            html.Append("<p>Your answer so far: <strong>").Append(E(CustomerAnswers.Label(earlier))).Append("</strong>. You can change it here.</p>");
        }

        if (error is not null)
        {
            html.Append("<p role=\"alert\"><strong>").Append(E(error)).Append("</strong></p>");
        }

        html.Append("<form method=\"post\"><fieldset><legend>Your answer</legend>");
        foreach (var answer in CustomerAnswers.All)
        {
            var word = CustomerAnswers.Word(answer);
            html.Append("<label><input type=\"radio\" name=\"answer\" value=\"").Append(word).Append('"')
                .Append(answer == chosen ? " checked" : string.Empty).Append("> ").Append(E(CustomerAnswers.Label(answer))).Append("</label>");
        }

        return Page($"Your answer about {commitment.Title}", html
            .Append("</fieldset><label for=\"note\">A note for us (optional, up to ").Append(CustomerAnswers.MaxNoteLength).Append(" characters)</label>")
            .Append("<textarea id=\"note\" name=\"note\" rows=\"4\" maxlength=\"").Append(CustomerAnswers.MaxNoteLength).Append("\">").Append(E(note)).Append("</textarea>")
            .Append("<button type=\"submit\">Send my answer</button></form>")
            .Append("<p>Nothing is sent until you press the button.</p>").ToString(), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static IResult Thanks(string message) =>
        Page("Thank you", $"<h1>Thank you</h1><p>{E(message)}</p><p>If you change your mind, open the link again.</p>");
}
