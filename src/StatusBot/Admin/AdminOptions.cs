namespace StatusBot.Admin;

/// <summary>The <c>Admin</c> configuration section: the admin HTTP API.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Admin";

    /// <summary>The shortest API key accepted.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The key callers send as <c>X-Api-Key</c>. Default: unset, which turns the admin API off.</summary>
    public string? ApiKey { get; set; }
}
