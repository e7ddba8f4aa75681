namespace StatusBot.Language;

/// <summary>The <c>ToneModel</c> configuration section: the tone check's sentence model.</summary>
public sealed class ToneModelOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "ToneModel";

    /// <summary>Load the sentence model at start (in the background). Default: true; false leaves the phrase rules alone.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>CPU threads one check may use. Default: 1 (a 10-sentence draft takes tens of milliseconds on one).</summary>
    public int Threads { get; set; } = 1;
}
