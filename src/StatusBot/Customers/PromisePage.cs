using System.Globalization;
using System.Text;
using StatusBot.Core.Commitments;
using StatusBot.Core.Digests;
using StatusBot.Core.Slips;
using static StatusBot.Customers.CustomerHtml;

namespace StatusBot.Customers;

/// <summary>A customer's promise page: every date we gave them, what became of it, and every warning with their answer.</summary>
internal static class PromisePage
{
    public static IResult Render(PromiseLedger ledger, DateOnly today)
    {
        var html = new StringBuilder()
            .Append("<h1>Our promises to ").Append(E(ledger.Customer)).Append("</h1>")
            .Append("<p>Every date we gave you, whether we kept it, and every early warning we sent, as of ")
            .Append(E(WarningComposer.Spelled(today))).Append(".</p>")
            .Append("<section aria-labelledby=\"summary\"><h2 id=\"summary\">In short</h2><ul>")
            .Append("<li>").Append(Count(ledger.DatesGiven, "date given", "dates given")).Append("</li>")
            .Append("<li>").Append(Count(ledger.Kept, "kept", "kept")).Append("</li>")
            .Append("<li>").Append(Count(ledger.Moved, "moved by us", "moved by us")).Append("</li>")
            .Append("<li>").Append(Count(ledger.MovedByCustomer, "moved at your request", "moved at your request")).Append("</li>")
            .Append("<li>").Append(Count(ledger.Missed, "missed", "missed")).Append("</li></ul></section>");
        for (var i = 0; i < ledger.Commitments.Count; i++)
        {
            Commitment(html, ledger.Commitments[i], i + 1);
        }

        if (ledger.Commitments.Count == 0)
        {
            html.Append("<p>There are no promises to show.</p>");
        }

        return Page($"Our promises to {ledger.Customer}", html.ToString());
    }

    private static void Commitment(StringBuilder html, CommitmentPromises promises, int n)
    {
        html.Append("<section aria-labelledby=\"c").Append(n).Append("\"><h2 id=\"c").Append(n).Append("\">").Append(E(promises.Title)).Append("</h2>")
            .Append("<table><caption>Dates promised</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Given on</th><th scope=\"col\">What happened</th></tr></thead><tbody>");
        foreach (var date in promises.Dates)
        {
            html.Append("<tr><td>").Append(E(WarningComposer.Spelled(date.Date))).Append("</td><td>")
                .Append(E(Day(date.GivenAt))).Append("</td><td>").Append(E(Outcome(date.Outcome))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (promises.Warnings.Count > 0)
        {
            html.Append("<h3>Early warnings</h3><ul>");
            foreach (var warning in promises.Warnings)
            {
                html.Append("<li>Sent ").Append(E(Day(warning.SentAt))).Append(Lead(warning.LeadTimeWorkingDays)).Append(". Your answer: ")
                    .Append(warning.Answer is { } answer ? $"<strong>{E(CustomerAnswers.Label(answer))}</strong>" : "none yet").Append(".</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>");
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string Day(DateTimeOffset at) => WarningComposer.Spelled(DateOnly.FromDateTime(at.UtcDateTime));

    private static string Lead(int? days) => days switch
    {
        null => string.Empty,
        0 => ", on the day the date fell",
        1 => ", 1 working day before the date",
        > 1 => $", {days} working days before the date",
        -1 => ", 1 working day after the date (late)",
        _ => $", {-days} working days after the date (late)",
    };

    private static string Outcome(PromiseOutcome outcome) => outcome switch
    {
        PromiseOutcome.Open => "The date now",
        PromiseOutcome.Kept => "Kept",
        PromiseOutcome.Moved => "Moved by us",
        PromiseOutcome.MovedByCustomer => "Moved at your request",
        PromiseOutcome.Missed => "Missed",
        _ => "Called off",
    };
}
