using System.Text.Json.Nodes;
using StatusBot.Core.Chat;

namespace StatusBot.Teams.Rendering;

/// <summary>
/// A message's picture as an Adaptive Card <c>Image</c>: inline, as a <c>data:image/png;base64,...</c> URL (Teams takes
/// those for small images), with the picture's words as <c>altText</c>. A picture too big to go inline is left out:
/// the card's text says everything without it.
/// </summary>
internal static class CardImage
{
    /// <summary>The element for <paramref name="image"/>, or null for none or one over <see cref="AdaptiveCardLimits.ImageBytes"/>.</summary>
    public static JsonObject? For(ChatImage? image)
    {
        if (image is null)
        {
            return null;
        }

        var url = "data:image/png;base64," + Convert.ToBase64String(image.Png.Span);
        return url.Length > AdaptiveCardLimits.ImageBytes
            ? null
            : new JsonObject
            {
                ["type"] = "Image",
                ["url"] = url,
                // Card text, not markdown: shown as is and read aloud by screen readers.
                ["altText"] = image.AltText,
                ["size"] = "stretch",
                ["spacing"] = "medium",
            };
    }
}
