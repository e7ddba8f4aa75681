using System.Globalization;
using StatusBot.Core.Chat;
using StatusBot.Core.Slips;

namespace StatusBot.Core.ChatActions;

public sealed partial class ChatActionHandler
{
    /// <summary>The longest text <c>tone</c> checks, as on the admin API.</summary>
    public const int MaxToneTextLength = 5000;

    /// <summary><c>tone &lt;text&gt;</c>: the tone check of any text, one finding per line.</summary>
    private ChatResponse ToneCommand(string text)
    {
        if (text.Length == 0)
        {
            return ChatResponse.Say("Type tone and the text to check, for example: tone Hopefully we ship next week.");
        }

        if (text.Length > MaxToneTextLength)
        {
            return ChatResponse.Say($"That text has {text.Length} characters; tone checks at most {MaxToneTextLength}. Check it in parts.");
        }

        var (lines, section) = SlipViews.ToneList([.. ToneCheck.ReviewText(text, null, _toneModel, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime)).Select(Line)]);
        return new ChatResponse { Messages = [new ChatMessage { Text = lines, Sections = [section] }] };
    }

    private static string Line(ToneFinding finding)
    {
        var words = finding.Phrase.Length > 0 ? finding.Phrase : finding.Sentence;
        var sure = finding.Confidence is { } confidence
            ? string.Create(CultureInfo.InvariantCulture, $" (sentence model, {confidence * 100:0}% sure)")
            : string.Empty;
        return $"{ToneCheck.Label(finding.Kind)}: \"{words}\"{sure}. {finding.Suggestion}";
    }
}
