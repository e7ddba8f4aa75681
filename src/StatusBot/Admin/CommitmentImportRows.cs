using StatusBot.Core.Chat;
using StatusBot.Core.Commitments;
using StatusBot.Core.People;

namespace StatusBot.Admin;

/// <summary>
/// Imports checked CSV rows one by one: a row whose <c>externalId</c> names a commitment already in the workspace (or
/// one an earlier row created) edits it with the row's columns; any other row creates one. Each row is stored whole
/// or not at all, and a row's manager is stored only once its commitment is.
/// </summary>
internal sealed class CommitmentImportRows(
    WorkspaceId workspace, IReadOnlyDictionary<string, int> columns, CommitmentService service, ManagerColumn? managers,
    Dictionary<string, Commitment> byExternalId)
{
    private readonly List<ImportedRow> _created = [], _updated = [], _unchanged = [];
    private readonly List<RefusedRow> _refused = [];

    /// <summary>The commitments of <paramref name="workspace"/> that have an external id, by it.</summary>
    public static async Task<Dictionary<string, Commitment>> ExternalIdsAsync(CommitmentService service, WorkspaceId workspace, CancellationToken cancellationToken) =>
        (await service.ListAsync(workspace, cancellationToken)).Where(c => c.ExternalId is not null)
            .GroupBy(c => c.ExternalId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>What the import did, with the header's ignored columns.</summary>
    public ImportView View(IReadOnlyList<string> ignored) => new(_created, _refused, _updated, _unchanged, ignored);

    /// <summary>A row of the header's width refused for its width.</summary>
    public void RefuseWidth(CsvRow row, int headerWidth) =>
        _refused.Add(new(row.Line, [new("row", $"Line {row.Line} has {row.Fields.Count} fields; the header has {headerWidth}.")]));

    /// <summary>Creates or updates the commitment of one row.</summary>
    public async Task ImportAsync(CsvRow row, CancellationToken cancellationToken)
    {
        string? Get(string name) => columns.TryGetValue(name, out var index) ? row.Fields[index] : null;
        var input = new CommitmentInput(Get("title"), Get("customer"), Get("dueDate"), Get("timeZone"), Get("owner"), Get("channel"),
            Get("customerDestination"), Get("noticeDays"), Get("approver"), Get("coOwners"), Get("externalId"));
        var manager = Get("manager")?.Trim() is { Length: > 0 } named ? named : null;
        // The manager is checked first and stored only once the commitment is: a row the platform refuses (an owner it
        // does not know) leaves the directory as it was.
        var errors = manager is null ? [] : managers!.Check(input, manager);
        if (errors.Count > 0)
        {
            _refused.Add(Refused(row.Line, errors));
            return;
        }

        var external = input.ExternalId?.Trim();
        if (external is { Length: > 0 } && byExternalId.TryGetValue(external, out var existing))
        {
            await UpdateAsync(row.Line, existing, Edit(Get), manager, cancellationToken);
            return;
        }

        var result = await service.CreateAsync(workspace, input, AdminEndpoints.Actor, cancellationToken);
        if (!result.IsValid)
        {
            _refused.Add(Refused(row.Line, result.Errors));
            return;
        }

        var created = result.Value!;
        if (created.ExternalId is { } id)
        {
            byExternalId[id] = created;
        }

        _created.Add(await ImportedAsync(row.Line, created, manager, cancellationToken));
    }

    private async Task UpdateAsync(int line, Commitment existing, CommitmentEdit edit, string? manager, CancellationToken cancellationToken)
    {
        var result = await service.EditAsync(workspace, existing.Id, edit, AdminEndpoints.Actor, cancellationToken);
        switch (result.Outcome)
        {
            case CommitmentEditOutcome.Edited:
                byExternalId[existing.ExternalId!] = result.Commitment!;
                _updated.Add(await ImportedAsync(line, result.Commitment!, manager, cancellationToken));
                break;
            case CommitmentEditOutcome.Unchanged:
                _unchanged.Add(await ImportedAsync(line, result.Commitment!, manager, cancellationToken));
                break;
            case CommitmentEditOutcome.NotFound:
                _refused.Add(new(line, [new("externalId", $"The commitment {existing.Id} with externalId '{existing.ExternalId}' was deleted during the import; import the row again.")]));
                break;
            default:
                _refused.Add(new(line, [.. result.Errors.Select(e => new RowReason(e.Field, $"Updating {existing.Id} (externalId '{existing.ExternalId}'): {e.Message}"))]));
                break;
        }
    }

    /// <summary>The row as an edit of every field column it has (as a PATCH with those fields); an empty cell clears the field.</summary>
    private CommitmentEdit Edit(Func<string, string?> get) => CommitmentJson.ToEdit(columns.Keys
        .Where(name => name is not ("manager" or "externalId"))
        .ToDictionary(name => name, name => string.IsNullOrWhiteSpace(get(name)) ? FieldEdit.Clear : new FieldEdit(get(name)), StringComparer.Ordinal));

    private async Task<ImportedRow> ImportedAsync(int line, Commitment commitment, string? manager, CancellationToken cancellationToken)
    {
        var managerErrors = manager is null ? [] : await managers!.SaveAsync(commitment.Owner, manager, cancellationToken);
        if (managerErrors.Count > 0)
        {
            // Only when the directory changed under the import: the commitment stands; say so with what to redo.
            _refused.Add(new(line, [.. managerErrors.Select(e => new RowReason(e.Field, $"The commitment {commitment.Id} was imported, but its owner's manager was not set: {e.Message}"))]));
            manager = null;
        }

        var problems = await service.ReachProblemsAsync(commitment, cancellationToken);
        return new(line, commitment.Id, manager, problems.Count == 0 ? null : [.. problems.Select(ReachProblemView.From)]);
    }

    private static RefusedRow Refused(int line, IEnumerable<Core.Validation.FieldError> errors) => new(line, [.. errors.Select(e => new RowReason(e.Field, e.Message))]);
}
