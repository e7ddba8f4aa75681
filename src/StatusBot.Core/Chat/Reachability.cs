namespace StatusBot.Core.Chat;

/// <summary>What a platform said about an address.</summary>
public enum ReachabilityStatus
{
    /// <summary>The platform did not say (not asked, or it could not answer now).</summary>
    Unknown,

    /// <summary>A message would get there.</summary>
    Reachable,

    /// <summary>The address exists, but nothing gets there until someone acts (the bot not in the channel, not installed, deactivated).</summary>
    Unreachable,

    /// <summary>The platform has no such user or channel at all: the id is wrong.</summary>
    Missing,
}

/// <summary>The answer of an <see cref="IReachabilityCheck"/>.</summary>
/// <param name="Status">Whether the address can be reached.</param>
/// <param name="Problem">What is wrong and what to do, in words a person can act on; null while nothing is.</param>
/// <param name="Code">The platform's code for the problem (<c>not_in_channel</c>, <c>user_not_found</c>); the same code a failed delivery would carry.</param>
public sealed record Reachability(ReachabilityStatus Status, string? Problem = null, string? Code = null)
{
    /// <summary>Nothing is known.</summary>
    public static Reachability Unknown { get; } = new(ReachabilityStatus.Unknown);

    /// <summary>A message would get there.</summary>
    public static Reachability Reachable { get; } = new(ReachabilityStatus.Reachable);

    /// <summary>The address exists but cannot be reached until someone acts, as <paramref name="problem"/> says.</summary>
    public static Reachability Unreachable(string problem, string code) => new(ReachabilityStatus.Unreachable, problem, code);

    /// <summary>There is no such address on the platform.</summary>
    public static Reachability Missing(string problem, string code) => new(ReachabilityStatus.Missing, problem, code);
}
