namespace StatusBot.Core.Slips;

/// <summary>The owner's words for each part of the warning; an empty string is a part not written yet.</summary>
public sealed record SlipParts
{
    /// <summary>No part written.</summary>
    public static SlipParts Empty { get; } = new();

    /// <summary>What happened.</summary>
    public string Facts { get; init; } = string.Empty;

    /// <summary>Why it happened.</summary>
    public string Context { get; init; } = string.Empty;

    /// <summary>What it means for the customer.</summary>
    public string Impact { get; init; } = string.Empty;

    /// <summary>What we are doing, including any workaround.</summary>
    public string Plan { get; init; } = string.Empty;

    /// <summary>What we need from the customer, or an invitation to respond.</summary>
    public string Ask { get; init; } = string.Empty;

    /// <summary>The text of <paramref name="part"/>.</summary>
    public string Get(SlipPart part) => part switch
    {
        SlipPart.Facts => Facts,
        SlipPart.Context => Context,
        SlipPart.Impact => Impact,
        SlipPart.Plan => Plan,
        SlipPart.Ask => Ask,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
    };

    /// <summary>A copy with <paramref name="part"/> set to <paramref name="text"/>, trimmed.</summary>
    public SlipParts With(SlipPart part, string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        return part switch
        {
            SlipPart.Facts => this with { Facts = value },
            SlipPart.Context => this with { Context = value },
            SlipPart.Impact => this with { Impact = value },
            SlipPart.Plan => this with { Plan = value },
            SlipPart.Ask => this with { Ask = value },
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a warning."),
        };
    }

    /// <summary>Every part with its text, in reading order.</summary>
    public IEnumerable<(SlipPart Part, string Text)> All() =>
        Enum.GetValues<SlipPart>().Select(part => (part, Get(part)));
}
