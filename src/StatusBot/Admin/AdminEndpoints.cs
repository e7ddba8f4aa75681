using Microsoft.Extensions.Options;
using StatusBot.Core.CheckIns;
using StatusBot.Core.Commitments;
using StatusBot.Core.Chat;

namespace StatusBot.Admin;

/// <summary>
/// The admin HTTP API under <c>/api/workspaces/{workspace}/commitments</c>: JSON, authenticated with the
/// <c>X-Api-Key</c> header (see <see cref="AdminOptions.ApiKey"/>), every error a problem document.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Who the admin API records as the actor of what it changes.</summary>
    public const string Actor = "admin-api";

    /// <summary>Binds and validates <see cref="AdminOptions"/> (the API is off while no key is set).</summary>
    public static WebApplicationBuilder AddStatusBotAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        return builder;
    }

    /// <summary>
    /// Maps the admin routes: <c>GET</c> (list) and <c>POST</c> (create) on the collection, <c>GET</c>,
    /// <c>PATCH</c> (edit, or close with <c>status</c>) and <c>DELETE</c> on one commitment, and
    /// <c>POST .../import</c> for CSV, and <c>POST .../{id}/check-in</c> to ask the owner now. <c>DELETE</c> does not erase anything: it cancels the commitment,
    /// keeps its history, and answers 200 with the cancelled commitment.
    /// </summary>
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var commitments = app.MapGroup("/api/workspaces/{workspace}/commitments").AddEndpointFilter(AdminKeyFilter.InvokeAsync);
        commitments.MapGet("/", ListAsync);
        commitments.MapPost("/", CreateAsync);
        commitments.MapPost("/import", CommitmentImportHandler.HandleAsync);
        commitments.MapGet("/{id}", GetAsync);
        commitments.MapPatch("/{id}", EditAsync);
        commitments.MapDelete("/{id}", CancelAsync);
        commitments.MapPost("/{id}/check-in", CheckInNowAsync);
        app.MapCheckInSettingsEndpoints();
        app.MapLedgerEndpoints();
        app.MapDigestEndpoints();
        app.MapDigestScheduleEndpoints();
        app.MapPeopleEndpoints();
        app.MapHolidayEndpoints();
        app.MapToneCheckEndpoints();
        return app;
    }

    private static async Task<IResult> ListAsync(string workspace, CommitmentService service, CheckInPlanning planning, CancellationToken cancellationToken)
    {
        var all = await service.ListAsync(WorkspaceId.Parse(workspace), cancellationToken);
        var next = await planning.NextWorkAsync(all, cancellationToken);
        var views = all.Select((commitment, i) => CommitmentView.From(commitment, next[i], history: null)).ToList();

        return TypedResults.Json(new CommitmentListView(views), AdminJsonContext.Default.CommitmentListView);
    }

    private static async Task<IResult> CreateAsync(string workspace, HttpRequest request, CommitmentService service, CheckInPlanning planning, CancellationToken cancellationToken)
    {
        var (fields, problem) = await CommitmentJson.ReadAsync(request, allowStatus: false, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var created = await service.CreateAsync(WorkspaceId.Parse(workspace), CommitmentJson.ToInput(fields!), Actor, cancellationToken);
        if (!created.IsValid)
        {
            return AdminProblems.Invalid(created.Errors);
        }

        var commitment = created.Value!;
        request.HttpContext.Response.Headers.Location = $"/api/workspaces/{workspace}/commitments/{commitment.Id}";
        return await ViewAsync(commitment, service, planning, StatusCodes.Status201Created, cancellationToken);
    }

    private static async Task<IResult> CheckInNowAsync(
        string workspace, string id, CheckInRunner runner, CommitmentService service, CheckInPlanning planning, CancellationToken cancellationToken)
    {
        try
        {
            var commitment = IsId(id) ? await runner.CheckInNowAsync(WorkspaceId.Parse(workspace), id, cancellationToken) : null;
            return commitment is null
                ? AdminProblems.UnknownCommitment(id)
                : await ViewAsync(commitment, service, planning, StatusCodes.Status200OK, cancellationToken);
        }
        catch (InvalidOperationException closed)
        {
            return TypedResults.Problem(closed.Message, statusCode: StatusCodes.Status409Conflict, title: "The commitment is closed");
        }
        catch (ChatDeliveryException undelivered)
        {
            return AdminProblems.Undelivered(undelivered, "The check-in could not be delivered", "Nothing was recorded; try again once the chat platform answers.");
        }
    }

    private static async Task<IResult> GetAsync(string workspace, string id, CommitmentService service, CheckInPlanning planning, CancellationToken cancellationToken)
    {
        var commitment = IsId(id) ? await service.GetAsync(WorkspaceId.Parse(workspace), id, cancellationToken) : null;
        return commitment is null
            ? AdminProblems.UnknownCommitment(id)
            : await ViewAsync(commitment, service, planning, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> EditAsync(
        string workspace, string id, HttpRequest request, CommitmentService service, CheckInPlanning planning, IChatPort chat, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return AdminProblems.UnknownCommitment(id);
        }

        var (fields, problem) = await CommitmentJson.ReadAsync(request, allowStatus: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // A hand-over is told to the old and the new owner: read who owns it first.
        var before = fields!.ContainsKey("owner") ? await service.GetAsync(WorkspaceId.Parse(workspace), id, cancellationToken) : null;
        var result = await service.EditAsync(WorkspaceId.Parse(workspace), id, CommitmentJson.ToEdit(fields!), Actor, cancellationToken);
        if (result.Outcome == CommitmentEditOutcome.Edited && before is not null)
        {
            await HandOver.TellAsync(chat, before, result.Commitment!, Actor, cancellationToken);
        }

        return result.Outcome switch
        {
            CommitmentEditOutcome.NotFound => AdminProblems.UnknownCommitment(id),
            CommitmentEditOutcome.Closed => AdminProblems.Conflict(result.Errors[0].Message),
            CommitmentEditOutcome.Refused => AdminProblems.Invalid(result.Errors),
            _ => await ViewAsync(result.Commitment!, service, planning, StatusCodes.Status200OK, cancellationToken),
        };
    }

    private static async Task<IResult> CancelAsync(string workspace, string id, CommitmentService service, CheckInPlanning planning, CancellationToken cancellationToken)
    {
        var commitment = IsId(id) ? await service.CancelAsync(WorkspaceId.Parse(workspace), id, Actor, cancellationToken) : null;
        return commitment switch
        {
            null => AdminProblems.UnknownCommitment(id),
            { Status: CommitmentStatus.Delivered } => AdminProblems.Conflict("The commitment is delivered; a delivered commitment cannot be cancelled."),
            _ => await ViewAsync(commitment, service, planning, StatusCodes.Status200OK, cancellationToken),
        };
    }

    private static async Task<IResult> ViewAsync(Commitment commitment, CommitmentService service, CheckInPlanning planning, int status, CancellationToken cancellationToken)
    {
        var history = await service.HistoryAsync(commitment.Workspace, commitment.Id, cancellationToken);
        var view = CommitmentView.From(commitment, await planning.NextWorkAsync(commitment, cancellationToken), history);
        return TypedResults.Json(view, AdminJsonContext.Default.CommitmentView, statusCode: status);
    }

    /// <summary>Commitment ids are 32 hex digits; anything else cannot name one (and never reaches the store's keys).</summary>
    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
