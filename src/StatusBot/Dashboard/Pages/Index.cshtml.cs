using Microsoft.AspNetCore.Mvc;
using StatusBot.Core.Digests;

namespace StatusBot.Dashboard.Pages;

/// <summary>
/// <c>/app</c>: what needs attention now, across the workspace's channels, as the digest sorts it: each section's first
/// <see cref="RowsPerSection"/> rows with a link to the rest, or one section whole (<c>/app?section=missed</c>).
/// </summary>
internal sealed class NowModel(DashboardData data) : DashboardPageModel
{
    /// <summary>How many rows a section shows on the overview: enough to act on, few enough to read (and render) at once.</summary>
    public const int RowsPerSection = 20;

    public Digest Digest { get; private set; } = null!;

    /// <summary>The section shown whole, or null for the overview of every section.</summary>
    public (DigestSectionKind Kind, string Slug, string Heading)? Whole { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? section, CancellationToken cancellationToken)
    {
        if (section is not null)
        {
            var named = Labels.Sections.Where(s => s.Slug == section).ToList();
            if (named.Count == 0)
            {
                return BadRequest($"section must be one of {string.Join(", ", Labels.Sections.Select(s => s.Slug))}, such as /app?section=missed.");
            }

            Whole = named[0];
        }

        Digest = await data.NowAsync(Me.Workspace, cancellationToken);
        return Page();
    }

    /// <summary>The sections this request shows.</summary>
    public IEnumerable<(DigestSectionKind Kind, string Slug, string Heading)> Shown => Whole is { } whole ? [whole] : Labels.Sections;

    /// <summary>Every line of a section, most urgent first.</summary>
    public IReadOnlyList<DigestLine> LinesOf(DigestSectionKind kind) => Digest.Sections.FirstOrDefault(s => s.Kind == kind)?.Lines ?? [];
}
