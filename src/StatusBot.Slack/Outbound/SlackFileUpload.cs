namespace StatusBot.Slack.Outbound;

/// <summary>A file to share in a channel.</summary>
/// <param name="FileName">Its name, with the extension that says its type (<c>median-warning-lead-time-per-month.png</c>).</param>
/// <param name="Content">Its bytes; at least one.</param>
/// <param name="Title">The title Slack shows above it.</param>
/// <param name="AltText">What an image shows, for screen readers (at most 1,000 characters), or null.</param>
/// <param name="Comment">The message text that introduces it in the channel, or null for none.</param>
public sealed record SlackFileUpload(string FileName, ReadOnlyMemory<byte> Content, string Title, string? AltText, string? Comment = null);
