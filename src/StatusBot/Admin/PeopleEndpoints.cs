using System.Text.Json;
using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Admin;

/// <summary>
/// <c>GET /api/workspaces/{workspace}/people</c> (everyone), and <c>GET</c> and <c>PUT .../people/{user}</c>: one
/// person of the workspace's directory. A <c>PUT</c> replaces every detail an admin sets (left out: not set) and keeps
/// the bot's own (reach, when it last read them); it is checked with <see cref="PersonRules"/> against the directory.
/// </summary>
internal static class PeopleEndpoints
{
    /// <summary>The largest body a <c>PUT</c> takes.</summary>
    public const int MaxBytes = 64 * 1024;

    private const string Invalid = "The person is not valid.";

    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/workspaces/{workspace}/people").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        people.MapGet("/", ListAsync);
        people.MapGet("/{user}", GetAsync);
        people.MapPut("/{user}", PutAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(string workspace, IPeopleDirectory directory, CancellationToken cancellationToken)
    {
        var people = await directory.ListAsync(WorkspaceId.Parse(workspace), cancellationToken);
        var views = people.OrderBy(p => p.UserId, StringComparer.Ordinal).Select(PersonView.From).ToList();
        return TypedResults.Json(new PeopleListView(views), AdminJsonContext.Default.PeopleListView);
    }

    private static async Task<IResult> GetAsync(string workspace, string user, IPeopleDirectory directory, CancellationToken cancellationToken)
    {
        var person = IsUserId(user) ? await directory.GetAsync(WorkspaceId.Parse(workspace), user, cancellationToken) : null;
        return person is null ? AdminProblems.UnknownPerson(user) : View(person);
    }

    private static async Task<IResult> PutAsync(string workspace, string user, HttpRequest request, IPeopleDirectory directory, CancellationToken cancellationToken)
    {
        if (!IsUserId(user))
        {
            return AdminProblems.Invalid([new("user", $"A user id is 1 to {CommitmentValidator.MaxIdLength} characters, with no control characters.")], Invalid);
        }

        if (!request.HasJsonContentType())
        {
            return AdminProblems.UnsupportedMediaType("Send the person as application/json.");
        }

        var body = await RequestBody.ReadAsync(request, MaxBytes, cancellationToken);
        if (body is null)
        {
            return AdminProblems.TooLarge($"A person is at most {MaxBytes / 1024} KiB of JSON.");
        }

        PersonRequest? sent;
        try
        {
            sent = JsonSerializer.Deserialize(body, AdminJsonContext.Default.PersonRequest);
        }
        catch (JsonException ex)
        {
            return AdminProblems.BadRequest(
                $"The person is not JSON of the expected shape (at {ex.Path ?? "$"}): send an object with only {PersonRequest.Fields}; "
                + """text as strings, workingDays as ["Monday", ...], timeOff as [{"start": "2026-12-21", "end": "2027-01-04"}].""");
        }

        if (sent is null)
        {
            return AdminProblems.BadRequest($"Send the person as a JSON object with {PersonRequest.Fields}.");
        }

        var details = sent.Parse();
        if (!details.IsValid)
        {
            return AdminProblems.Invalid(details.Errors, Invalid);
        }

        var update = await PersonUpdates.SaveAsync(directory, WorkspaceId.Parse(workspace), user, details.Value!.ApplyTo, cancellationToken: cancellationToken);
        return update switch
        {
            { Saved: { } saved } => View(saved),
            { Conflicted: true } => AdminProblems.Conflict($"{user} kept changing while this was saved; nothing was changed. Send it again."),
            _ => AdminProblems.Invalid(update.Errors, Invalid),
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<PersonView> View(Person person) =>
        TypedResults.Json(PersonView.From(person), AdminJsonContext.Default.PersonView);

    /// <summary>A platform's user id fits the directory's keys: not too long, no control characters.</summary>
    private static bool IsUserId(string user) =>
        user.Length is > 0 and <= CommitmentValidator.MaxIdLength && !user.Any(char.IsControl);
}
