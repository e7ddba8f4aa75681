namespace StatusBot.Dashboard;

/// <summary>Where sign-in may send someone back to: a path of the dashboard on this host, never another site.</summary>
internal static class ReturnPath
{
    public const string Home = "/app";

    /// <summary><paramref name="returnUrl"/> when it is a dashboard path (<c>/app</c> or below), else <see cref="Home"/>.</summary>
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && (url == Home || url.StartsWith(Home + "/", StringComparison.Ordinal) || url.StartsWith(Home + "?", StringComparison.Ordinal))
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        && !url.StartsWith(Home + "/signin", StringComparison.Ordinal) && !url.StartsWith(Home + "/signout", StringComparison.Ordinal)
            ? url
            : Home;
}
