using System.Text.RegularExpressions;

namespace StatusBot.Core.Slips;

/// <summary>A warning as the tone check reads it: the parts written so far and the new date, if chosen.</summary>
/// <param name="Parts">The owner's words.</param>
/// <param name="NewDate">The new date, or null when none was chosen.</param>
public sealed record WarningDraft(SlipParts Parts, DateOnly? NewDate);

/// <summary>
/// Reads a draft warning the way the customer will, and points out what would cost their trust: vague
/// timing, blame, minimising, internal debate, over-promising, and missing parts. A finding is advice:
/// the owner may change the draft or send it as it is.
/// </summary>
public static class ToneCheck
{
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?;])\s+|\n+", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>
    /// Everything worth changing in <paramref name="draft"/>: missing parts first, then problems part by part,
    /// sentence by sentence. With a <paramref name="classifier"/>, every sentence is read by it too (<see cref="ReviewText"/>).
    /// With <paramref name="today"/>, advice that gives an example date gives one after it.
    /// </summary>
    public static IReadOnlyList<ToneFinding> Review(WarningDraft draft, ISentenceClassifier? classifier = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var findings = new List<ToneFinding>();
        if (draft.NewDate is null)
        {
            findings.Add(new(ToneFindingKind.MissingDate, string.Empty, null, "Choose the new date: the customer needs one to re-plan."));
        }

        if (string.IsNullOrWhiteSpace(draft.Parts.Impact))
        {
            findings.Add(new(ToneFindingKind.MissingImpact, string.Empty, SlipPart.Impact, "Say what the delay means for them, in their terms: what waits, and for how long."));
        }

        if (string.IsNullOrWhiteSpace(draft.Parts.Plan))
        {
            findings.Add(new(ToneFindingKind.MissingPlan, string.Empty, SlipPart.Plan, "Say what we are doing about it, and any workaround they can use in the meantime."));
        }

        if (string.IsNullOrWhiteSpace(draft.Parts.Ask))
        {
            findings.Add(new(ToneFindingKind.MissingAsk, string.Empty, SlipPart.Ask,
                "Invite them to answer: ask whether the new date works for them, or what would help them most."));
        }

        foreach (var (part, text) in draft.Parts.All())
        {
            findings.AddRange(ReviewText(text, part, classifier, today));
        }

        return findings;
    }

    /// <summary>
    /// How sure of a clean sentence the model must be to overrule the phrase rules for it. A rule reads a phrase, the
    /// model the whole sentence: "our warranty guarantees parts within five days" or "the blame is ours" match a rule
    /// and say nothing wrong. Chosen on the tone corpus's dev split, where it took back half of the clean sentences the
    /// rules flagged and none of the problems they found.
    /// </summary>
    public const double CleanConfidenceOverrulingRules = 0.8;

    /// <summary>
    /// The sentence findings in <paramref name="text"/> (no missing-part findings). The phrase rules come first; with a
    /// <paramref name="classifier"/>, every sentence is put to it too, and its finding, with its confidence, is added
    /// unless a rule found the same kind there. A sentence a rule matched keeps the rule's findings unless the model is
    /// at least <see cref="CleanConfidenceOverrulingRules"/> sure it is clean.
    /// </summary>
    public static IReadOnlyList<ToneFinding> ReviewText(string? text, SlipPart? part = null, ISentenceClassifier? classifier = null, DateOnly? today = null)
    {
        var sentences = Sentences(text);
        var bySentence = sentences.Select(sentence => RuleFindings(sentence, part)).ToList();
        var verdicts = classifier is null || sentences.Count == 0 ? [] : classifier.Classify(sentences);
        for (var i = 0; i < sentences.Count && i < verdicts.Count; i++)
        {
            var verdict = verdicts[i];
            if (bySentence[i].Count > 0 && verdict.Kind is null && verdict.Confidence >= CleanConfidenceOverrulingRules)
            {
                bySentence[i].Clear();
            }
            else if (verdict.Kind is { } kind && ToneRules.HasAdvice(kind) && !bySentence[i].Exists(f => f.Kind == kind))
            {
                bySentence[i].Add(new(kind, string.Empty, part, ToneRules.Advice(kind)) { Sentence = sentences[i], Confidence = verdict.Confidence });
            }
        }

        return [.. bySentence.SelectMany(findings => findings)
            .Select(f => f.Kind == ToneFindingKind.VagueTiming ? f with { Suggestion = ToneRules.VagueAdvice(today) } : f)];
    }

    /// <summary>Whether <paramref name="kind"/> is found in a sentence's words (by a rule or the model), not a missing part.</summary>
    public static bool IsSentenceKind(ToneFindingKind kind) => ToneRules.HasAdvice(kind);

    /// <summary>The kind in a few words, for people: "Vague timing", "Over-promising".</summary>
    public static string Label(ToneFindingKind kind) => kind switch
    {
        ToneFindingKind.VagueTiming => "Vague timing",
        ToneFindingKind.InternalDebate => "Internal debate",
        ToneFindingKind.OverPromising => "Over-promising",
        ToneFindingKind.MissingDate => "Missing date",
        ToneFindingKind.MissingPlan => "Missing plan",
        ToneFindingKind.MissingImpact => "Missing impact",
        ToneFindingKind.MissingAsk => "Missing ask",
        _ => kind.ToString(),
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IReadOnlyList<string> Sentences(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : [.. SentenceEnd.Split(text).Select(sentence => sentence.Trim()).Where(sentence => sentence.Length > 0)];

    private static List<ToneFinding> RuleFindings(string sentence, SlipPart? part)
    {
        var findings = new List<ToneFinding>();
        var dated = ToneRules.ExplicitDate.IsMatch(sentence);
        var taken = new List<(ToneFindingKind Kind, int Start, int End)>();
        foreach (var rule in ToneRules.All)
        {
            if (dated && rule.Kind == ToneFindingKind.VagueTiming)
            {
                continue;
            }

            foreach (Match match in rule.Pattern.Matches(sentence))
            {
                var end = match.Index + match.Length;
                if (taken.Exists(t => t.Kind == rule.Kind && t.Start < end && match.Index < t.End))
                {
                    continue;
                }

                taken.Add((rule.Kind, match.Index, end));
                findings.Add(new(rule.Kind, match.Value, part, rule.Suggestion) { Sentence = sentence });
            }
        }

        return findings;
    }
}
