namespace StatusBot.Core.People;

/// <summary>Whether StatusBot can reach a person.</summary>
public enum Reach
{
    /// <summary>Not tried yet.</summary>
    Unknown,

    /// <summary>The platform took a message for them, or knows them.</summary>
    Reachable,

    /// <summary>The platform refused for a reason that will not pass by itself (no such user, deactivated, bot blocked).</summary>
    Unreachable,
}
