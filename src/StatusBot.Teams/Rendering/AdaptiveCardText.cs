using System.Text;

namespace StatusBot.Teams.Rendering;

/// <summary>Makes user text safe to put in an Adaptive Card TextBlock, whose text is a CommonMark subset.</summary>
public static class AdaptiveCardText
{
    // CommonMark removes a backslash before any ASCII punctuation and shows the character literally.
    private const string Escaped = "\\*_[]<>`~{}&#|";

    /// <summary>
    /// Escapes markdown and markup so that user text shows as written: <c>**bold**</c>, <c>_x_</c>,
    /// <c>[a](http://x)</c>, <c>&lt;at&gt;x&lt;/at&gt;</c>, entities, <c>{{DATE(..)}}</c> and list or heading
    /// markers at the start of a line (<c>- </c>, <c>+ </c>, <c>1. </c>, <c>#</c>) neither format, link nor mention.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                i = EscapeLineStart(text, i, escaped);
                lineStart = false;
                if (i >= text.Length)
                {
                    break;
                }

                c = text[i];
            }

            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n';
        }

        return escaped.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    /// <summary>
    /// Copies leading spaces, then neutralises a list marker (<c>-</c>, <c>+</c>, <c>=</c>, or digits followed by
    /// <c>.</c> or <c>)</c>); returns the index of the first character left for the caller.
    /// </summary>
    private static int EscapeLineStart(string text, int i, StringBuilder escaped)
    {
        while (i < text.Length && text[i] == ' ')
        {
            escaped.Append(' ');
            i++;
        }

        if (i < text.Length && text[i] is '-' or '+' or '=')
        {
            escaped.Append('\\').Append(text[i]);
            return i + 1;
        }

        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > i && digits < text.Length && text[digits] is '.' or ')')
        {
            escaped.Append(text, i, digits - i).Append('\\').Append(text[digits]);
            return digits + 1;
        }

        return i;
    }
}
