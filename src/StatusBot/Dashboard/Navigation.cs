namespace StatusBot.Dashboard;

/// <summary>The dashboard's pages in the order the navigation lists them.</summary>
internal static class Navigation
{
    public static IReadOnlyList<(string Path, string Label)> Items { get; } =
    [
        ("/app", "Now"),
        ("/app/trends", "Trends"),
        ("/app/customers", "Customers"),
        ("/app/people", "People"),
        ("/app/export", "Export"),
    ];
}
