namespace StatusBot.Playground;

/// <summary>The <c>Playground</c> configuration section: the local browser playground.</summary>
public sealed class PlaygroundOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Playground";

    /// <summary>Turns the playground on or off. Default: unset, meaning on when the host listens on loopback only.</summary>
    public bool? Enabled { get; set; }
}
