namespace StatusBot.Core.Chat;

/// <summary>What kind of value an input collects.</summary>
public enum ChatInputKind
{
    /// <summary>A calendar date; its value comes back as <c>yyyy-MM-dd</c> (Slack datepicker, Teams Input.Date).</summary>
    Date,

    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text (Slack multiline plain_text_input, Teams Input.Text isMultiline).</summary>
    MultilineText,

    /// <summary>
    /// A person of the workspace, picked rather than typed where the platform has a picker (Slack users_select); the
    /// value comes back as their platform id. Elsewhere a text field for the id.
    /// </summary>
    User,

    /// <summary>A channel, picked where the platform has a picker (Slack conversations_select); the value is its id.</summary>
    Channel,

    /// <summary>
    /// Several people of the workspace, picked where the platform has a picker (Slack multi_users_select); the value
    /// comes back as their ids, comma-separated. Elsewhere a text field for ids or mentions.
    /// </summary>
    Users,
}

/// <summary>
/// A field the reader fills in. Adapters render it natively (a Slack modal block, an Adaptive Card input)
/// and hand the submitted value back to Core under <see cref="Id"/>.
/// </summary>
public sealed record ChatInput
{
    /// <summary>The name the submitted value comes back under; also the field of any <see cref="Validation.FieldError"/> about it.</summary>
    public required string Id { get; init; }

    /// <summary>What is collected.</summary>
    public required ChatInputKind Kind { get; init; }

    /// <summary>The input's label.</summary>
    public required string Label { get; init; }

    /// <summary>A short note on what a good answer looks like, shown under the input; null for none.</summary>
    public string? Hint { get; init; }

    /// <summary>Greyed example text shown while the input is empty; null for none.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The value the input starts with (for a date, <c>yyyy-MM-dd</c>); null when empty.</summary>
    public string? InitialValue { get; init; }

    /// <summary>The most characters accepted; null for the platform's own limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>True when the reader may leave it empty.</summary>
    public bool Optional { get; init; }

    /// <summary>Why the last value submitted was refused, shown next to the input; null when it was not.</summary>
    public string? Error { get; init; }
}
