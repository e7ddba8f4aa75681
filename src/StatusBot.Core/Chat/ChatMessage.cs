namespace StatusBot.Core.Chat;

/// <summary>
/// A platform-neutral message: plain text, which every platform shows (and uses for notifications and
/// screen readers), with optional sections and buttons that adapters render natively (Block Kit,
/// Adaptive Cards). Text is as the user wrote it: adapters escape it for their platform.
/// A message with <see cref="Inputs"/> or <see cref="FormActions"/> is a form step: a Slack modal view or
/// an Adaptive Card with inputs.
/// </summary>
public sealed record ChatMessage
{
    /// <summary>The whole message as plain text.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// A one-line title for channels that have one (an email's subject); null to use the first line of
    /// <see cref="Text"/>. Chat platforms ignore it.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>
    /// Who the message speaks for, for channels that show a sender (an email's From name, and Reply-To their address); null
    /// when it is StatusBot's own. Chat platforms ignore it: there the bot speaks.
    /// </summary>
    public MessageSender? Sender { get; init; }

    /// <summary>Headed parts of the message, in order; empty for a plain message.</summary>
    public IReadOnlyList<MessageSection> Sections { get; init; } = [];

    /// <summary>Answers the reader can click, in order.</summary>
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];

    /// <summary>Fields the reader fills in, in order; empty for a message that is only read.</summary>
    public IReadOnlyList<ChatInput> Inputs { get; init; } = [];

    /// <summary>The submit, back and cancel actions of a form step, in order; empty for a plain message.</summary>
    public IReadOnlyList<FormAction> FormActions { get; init; } = [];

    /// <summary>
    /// People the bot itself names in <see cref="Text"/> by their platform id (an owner, a manager), whom a platform
    /// that can mention someone notifies there (Slack's <c>&lt;@U0123&gt;</c>). Only these ids, and only where the
    /// bot wrote them: whatever a user wrote stays text. Empty for none.
    /// </summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>
    /// A picture shown with the message (after its text), or null for none. <see cref="Text"/> must not depend on it: a
    /// platform that cannot show pictures leaves it out, and one whose upload fails still delivers the text.
    /// </summary>
    public ChatImage? Image { get; init; }

    /// <summary>True when the message asks the reader to fill in or submit something.</summary>
    public bool IsForm => Inputs.Count > 0 || FormActions.Count > 0;
}

/// <summary>The person a message speaks for.</summary>
/// <param name="Name">Their name, as the reader should see it.</param>
/// <param name="Email">Their email address, for replies; null when unknown.</param>
public sealed record MessageSender(string Name, string? Email);

/// <summary>One headed part of a message.</summary>
/// <param name="Heading">A short heading, or null.</param>
/// <param name="Body">The part's text.</param>
public sealed record MessageSection(string? Heading, string Body)
{
    /// <summary>
    /// Answers that act on this part alone (one commitment of a list), shown with it; empty for none. A
    /// platform that cannot place buttons beside a part leaves them out, since the message's own
    /// <see cref="ChatMessage.Buttons"/> are what every platform shows.
    /// </summary>
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];

    /// <summary>
    /// A list shown after <see cref="Body"/>, one item per line (bullets where the platform has them); empty for none.
    /// The message's <see cref="ChatMessage.Text"/> carries the same items for platforms that show text only.
    /// </summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}

/// <summary>How a button looks.</summary>
public enum ButtonStyle
{
    /// <summary>The platform's plain button.</summary>
    Default,

    /// <summary>The recommended answer.</summary>
    Primary,

    /// <summary>An answer with serious consequences.</summary>
    Danger,
}

/// <summary>A button whose click comes back to Core as <see cref="ActionId"/> with <see cref="Value"/>.</summary>
/// <param name="ActionId">What the click means, for example <c>checkin.answer</c>.</param>
/// <param name="Label">The button's text.</param>
/// <param name="Value">The data the click carries back, for example the commitment id and answer.</param>
/// <param name="Style">How it looks.</param>
public sealed record ChatButton(string ActionId, string Label, string Value, ButtonStyle Style = ButtonStyle.Default);
