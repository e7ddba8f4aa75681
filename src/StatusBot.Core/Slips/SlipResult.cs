using StatusBot.Core.Chat;
using StatusBot.Core.Validation;

namespace StatusBot.Core.Slips;

/// <summary>What a step of the slip conversation shows the user who acted; everyone else was sent their messages.</summary>
public sealed record SlipResult
{
    /// <summary>The conversation as stored after the step; null when there is none.</summary>
    public SlipState? State { get; init; }

    /// <summary>What to show the actor where they acted (a form step, or a note), in order.</summary>
    public IReadOnlyList<ChatMessage> ToActor { get; init; } = [];

    /// <summary>Why a submitted value was refused, by input id.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>True when nothing changed: the actor may not do this, or there was nothing to do it to.</summary>
    public bool Refused { get; init; }

    /// <summary>A refusal that tells the actor why.</summary>
    public static SlipResult Refusal(string text) => new() { Refused = true, ToActor = [new ChatMessage { Text = text }] };
}
