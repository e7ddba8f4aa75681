using System.Diagnostics.CodeAnalysis;

namespace StatusBot.Slack.Inbound;

/// <summary>A parsed Slack payload, or a message that says why it could not be parsed.</summary>
/// <typeparam name="T">The payload type.</typeparam>
public sealed class SlackParseResult<T>
    where T : class
{
    internal SlackParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The payload, when parsing succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why parsing failed (safe to log: it names fields, never their values); null on success.</summary>
    public string? Error { get; }

    /// <summary>Whether parsing succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;
}

/// <summary>Builds <see cref="SlackParseResult{T}"/> values.</summary>
internal static class SlackParse
{
    public static SlackParseResult<T> Ok<T>(T value)
        where T : class => new(value, null);

    public static SlackParseResult<T> Fail<T>(string error)
        where T : class => new(null, error);
}
