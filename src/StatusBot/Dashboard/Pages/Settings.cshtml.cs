using StatusBot.Core.CheckIns;
using StatusBot.Core.Digests;

namespace StatusBot.Dashboard.Pages;

/// <summary><c>/app/settings</c> (workspace admins only): the check-in rules, holidays and digest schedules in force.</summary>
internal sealed class SettingsModel(ICheckInSettingsStore settings, IDigestScheduleStore schedules) : DashboardPageModel
{
    public CheckInSettings CheckIns { get; private set; } = CheckInSettings.Default;

    public IReadOnlyList<DigestSchedule> Schedules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CheckIns = await settings.GetAsync(Me.Workspace, cancellationToken);
        Schedules = [.. (await schedules.ListAsync(Me.Workspace, cancellationToken)).OrderBy(s => s.Channel, StringComparer.Ordinal)];
    }
}
