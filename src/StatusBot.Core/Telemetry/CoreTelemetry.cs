using System.Diagnostics;

namespace StatusBot.Core.Telemetry;

/// <summary>
/// Core's spans, under one <see cref="ActivitySource"/> named after the project. Spans carry kinds, steps and
/// platforms only: never user text, names, addresses or tokens.
/// </summary>
public static class CoreTelemetry
{
    /// <summary>The name of Core's activity source.</summary>
    public const string Name = "StatusBot.Core";

    /// <summary>Core's activity source: slip steps and due work.</summary>
    public static ActivitySource Source { get; } = new(Name);
}
