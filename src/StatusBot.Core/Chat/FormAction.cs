namespace StatusBot.Core.Chat;

/// <summary>What a form action does with the form's inputs.</summary>
public enum FormActionRole
{
    /// <summary>Submits the inputs' values (a Slack modal's submit, an Adaptive Card Action.Submit).</summary>
    Submit,

    /// <summary>Returns to the previous step, keeping what was typed.</summary>
    Back,

    /// <summary>Leaves the form; nothing is submitted.</summary>
    Cancel,
}

/// <summary>An action that ends a form step, coming back to Core as <see cref="ActionId"/>.</summary>
/// <param name="ActionId">What the action means, for example <c>slip.submit</c>.</param>
/// <param name="Label">The action's text.</param>
/// <param name="Role">Submit, back or cancel.</param>
/// <param name="Value">Data the action carries back (for example the conversation's commitment id).</param>
public sealed record FormAction(string ActionId, string Label, FormActionRole Role, string Value = "");
