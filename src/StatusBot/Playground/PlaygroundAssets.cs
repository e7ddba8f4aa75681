namespace StatusBot.Playground;

/// <summary>
/// Where the page's Web Chat bundle is: <c>playground/webchat.js</c> beside the host's assembly, copied
/// there by the build from the npm package's prebuilt bundle, never committed.
/// </summary>
internal sealed class PlaygroundAssets(string directory)
{
    /// <summary>The bundle's file name.</summary>
    public const string WebChatFile = "webchat.js";

    /// <summary>The assets beside the running host.</summary>
    public PlaygroundAssets()
        : this(Path.Combine(AppContext.BaseDirectory, "playground"))
    {
    }

    /// <summary>The bundle's full path.</summary>
    public string WebChatPath { get; } = Path.Combine(directory, WebChatFile);

    /// <summary>True when the bundle is there.</summary>
    public bool HasWebChat => File.Exists(WebChatPath);
}
