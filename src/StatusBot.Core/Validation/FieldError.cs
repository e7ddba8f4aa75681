namespace StatusBot.Core.Validation;

/// <summary>A user's input that cannot be accepted, with a message the user can act on.</summary>
/// <param name="Field">The field's name as the user knows it (camelCase, as in the admin API and CSV).</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record FieldError(string Field, string Message);
