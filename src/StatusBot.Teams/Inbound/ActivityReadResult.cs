using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StatusBot.Teams.Inbound;

/// <summary>An activity read from a request, or why the request was refused.</summary>
public sealed class ActivityReadResult
{
    private ActivityReadResult(Activity? activity, string? error, bool tooLarge)
    {
        Activity = activity;
        Error = error;
        IsTooLarge = tooLarge;
    }

    /// <summary>The activity; null when <see cref="Error"/> is set.</summary>
    public Activity? Activity { get; }

    /// <summary>Why the body was refused, fit for a 400 (or 413) problem detail; null when it was read.</summary>
    public string? Error { get; }

    /// <summary>True when the body went over the size limit (answer 413).</summary>
    public bool IsTooLarge { get; }

    /// <summary>True when <see cref="Activity"/> was read.</summary>
    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsRead => Activity is not null;

    internal static ActivityReadResult Read(Activity activity) => new(activity, null, false);

    internal static ActivityReadResult Invalid(string error) => new(null, error, false);

    internal static ActivityReadResult TooLarge(int maxBytes) =>
        new(null, string.Create(CultureInfo.InvariantCulture, $"The body is larger than {maxBytes} bytes."), true);
}
