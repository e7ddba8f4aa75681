namespace StatusBot.Core.Validation;

/// <summary>Either a valid value or the reasons the input was refused.</summary>
/// <typeparam name="T">The value made from valid input.</typeparam>
public sealed class Validated<T>
    where T : class
{
    internal Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in field order; empty when valid.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>True when the input was accepted.</summary>
    public bool IsValid => Value is not null;
}

/// <summary>Makes <see cref="Validated{T}"/> results.</summary>
public static class Validated
{
    /// <summary>An accepted value.</summary>
    public static Validated<T> Ok<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A refusal with at least one reason.</summary>
    public static Validated<T> Refused<T>(IReadOnlyList<FieldError> errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one reason.", nameof(errors));
        }

        return new(null, errors);
    }
}
