using System.Text.RegularExpressions;

namespace StatusBot.Core.Slips;

/// <summary>One pattern the tone check looks for, with the advice it gives.</summary>
internal sealed record ToneRule(ToneFindingKind Kind, Regex Pattern, string Suggestion);

/// <summary>
/// The phrase lists of the tone check. Each pattern is narrow on purpose: a customer message is flagged
/// only for words that do harm there, so a clean message reads clean (see the tone corpus in the tests).
/// </summary>
/// <remarks>
/// Deliberate choices: "minor" is flagged only when it sizes the delay or its impact ("a minor delay",
/// "the impact will be minor"), never as the name of a thing ("minor version 2.3", "a minor release").
/// "As soon as" anchored to an event ("as soon as the fix is deployed") is a clear trigger, not vague
/// timing; "as soon as possible" is vague. "Your team" alone is not blame ("we need your team to confirm");
/// a cause laid at their door is ("due to your team"). Vague timing in a sentence that also names a
/// calendar date ("next week, on Tuesday 10 March") is left alone: the date makes it plannable.
/// </remarks>
internal static class ToneRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private const string VagueAdviceWithoutExample = "Name a calendar date, with its weekday, so the customer can plan around it.";
    private const string BlameAdvice = "Describe what happened without pointing at anyone, and say what we are doing about it.";
    private const string MinimisingAdvice = "Let the customer judge how much the delay matters: state the facts and the impact plainly.";
    private const string DebateAdvice = "Share the decision, not the debate: settle it inside the team before the customer hears of it.";
    private const string PromiseAdvice = "Commit to what you control: a date you are confident in and how you will keep them informed.";
    private const string HedgingAdvice = "Say what you will do and by when, and what could still change it, instead of what you hope for.";

    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /// <summary>A calendar date written out: "12 March", "March 12", "2026-03-12", "12/03".</summary>
    public static readonly Regex ExplicitDate = Make(
        $@"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{Months})\b|\b(?:{Months})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b");

    /// <summary>Every rule, in the order findings are reported.</summary>
    public static readonly IReadOnlyList<ToneRule> All =
    [
        .. Rule(ToneFindingKind.VagueTiming, VagueAdviceWithoutExample,
            @"\basap\b",
            @"\bas soon as (?:possible|we can|feasible|practicable)\b",
            @"(?<!\bas\s+)\bsoon\b(?!\s+as\b)",
            @"\bshortly\b",
            @"\b(?:the\s+)?end of (?:the\s+|this\s+|next\s+)?(?:week|month|quarter)\b",
            @"\b(?:early\s+|later\s+|late\s+)?next (?:week|month|quarter)\b",
            @"\blater (?:this|in the) (?:week|month)\b",
            @"\bin (?:a|the) (?:few|couple(?: of)?) (?:more\s+)?(?:days|weeks)\b",
            @"\b(?:another|a) (?:few|couple(?: of)?) more (?:days|weeks)\b|\banother (?:few|couple(?: of)?) (?:days|weeks)\b",
            @"\bin the (?:coming|next few) (?:days|weeks)\b",
            @"\bin a (?:bit|while|little while)\b",
            @"\bin the next (?:few|couple of) (?:days|weeks)\b|\b(?:next|this|the coming) sprint\b",
            @"\bonce things (?:settle|calm)(?: down)?\b|\bwhen it'?s ready\b|\bwhen (?:we|I) get (?:a chance|to it|round to it)\b",
            @"\b(?:around|about|by|before|until) (?:mid|the middle of)[- ]?(?:month|week|next (?:week|month))\b|\bmid-(?:month|week)\b",
            @"\b(?:a|one) (?:day|week|month) or two\b|\b(?:a|one) or two (?:days|weeks|months)\b|\b(?:a|another) (?:day|week|month) or so\b",
            @"\b(?:at some point|in due course|before long|any day now|in the near future|sometime|when(?:ever)? we can|to be determined|tbd)\b"),
        .. Rule(ToneFindingKind.Blame, BlameAdvice,
            @"\bnot (?:our|my) fault\b",
            @"\bno fault of (?:our|my) own\b",
            @"\b(?:beyond|out of|outside(?: of)?) (?:our|my) control\b",
            @"\bout of our hands\b",
            @"\bwe had no (?:other\s+)?(?:choice|option)\b",
            @"\bnothing (?:we|I) could (?:have\s+)?(?:do|done)\b",
            @"\b(?:due to|because of|caused by|owing to) your\b",
            @"\byou (?:failed|neglected|forgot) to\b",
            @"\byou (?:didn't|did not|never) (?:send|provide|deliver|give|tell|respond|reply|answer|share|confirm|approve)\b",
            @"\byour (?:team|side|staff|people|engineers)(?:'s)? (?:delay|mistake|failure|error|lateness)\b",
            @"\b(?:because|since) (?:you|your team) (?:were|was|didn't|did not|failed|changed|kept)\b",
            @"\bif you had\b",
            @"\bhad (?:you|your(?:\s+[\w-]+){1,2})\s+(?:sent|given|provided|told|confirmed|answered|replied|approved|delivered)\b",
            @"\byour(?:\s+[\w-]+){1,3}\s+took (?:longer|too long|ages)\b",
            @"\blet us down\b",
            @"\byour(?:\s+[\w-]+){1,3}\s+(?:was|were|has been|have been) (?:slow|late|unresponsive|unavailable)\b",
            @"\b(?:kept|keep|kept on) changing(?:\s+[\w-]+){0,2}\s+on your (?:side|end)\b|\b(?:delays?|slowness|changes) on your (?:side|end)\b",
            @"\b(?:our|the) (?:hosting\s+|cloud\s+|software\s+|hardware\s+)?(?:provider|supplier|vendor|contractor|subcontractor|partner)s? (?:is|are|was|were) (?:responsible|at fault|to blame)\b",
            @"\b(?:the|our) (?:supplier|vendor|contractor|subcontractor|partner)s? (?:let us down|dropped the ball|failed us|(?:is|are) to blame)\b",
            @"(?<!\btake\s+(?:the\s+|full\s+|all\s+)?)\bblam(?:e|ed|ing)\b",
            @"\bas (?:we|I) (?:already\s+)?(?:told|warned|explained to) you\b",
            @"\bwe did everything (?:right|we could)\b",
            @"\b(?:messed|screwed|mucked|fouled) (?:it\s+|this\s+|things\s+)?up\b|\bdropped the ball\b|\bbotched\b"),
        .. Rule(ToneFindingKind.Minimising, MinimisingAdvice,
            @"\bjust a (?:small|slight|little|tiny|short|minor|quick|couple|few)\b",
            @"\bonly (?:a\s+)?(?:slight(?:ly)?|small|little|tiny|short|minor|few|couple)\b",
            @"\bminor (?:delay|slip|slippage|setback|hiccup|glitch|bump|inconvenience|adjustment|impact|change to the (?:date|schedule|timeline|plan))s?\b",
            @"\b(?:small|slight|tiny|little|short) (?:delay|slip|hiccup|setback|glitch|bump|blip|adjustment)s?\b",
            @"\b(?:delay|slip|impact|change|effect)\b(?:\s+[\w']+){0,4}?\s+(?:is|will be|should be|would be) (?:only\s+|just\s+|very\s+)?(?:minor|small|slight|negligible|minimal|tiny)\b",
            @"\b(?:nothing to worry about|no big deal|don't worry|do not worry|negligible|merely)\b",
            @"\bbarely (?:late|noticeable|a delay)\b",
            @"\bbarely (?:a|an|any|one|two|a couple)\b",
            @"\bjust a formality\b|\b(?:only|just) a handful\b|\b(?:will|would) (?:even|hardly|barely|scarcely) notice\b",
            @"\b(?:insignificant|trivial)\b|\bin the grand scheme\b",
            @"\bonly (?:one|two|three|a couple of|a few) (?:days?|weeks?) (?:late|behind|later|of delay)\b",
            @"\ba (?:bit|little) (?:late|behind)\b"),
        .. Rule(ToneFindingKind.InternalDebate, DebateAdvice,
            @"\b(?:engineering|product|sales|management|marketing|support|design|legal|finance|qa|operations|leadership)(?: teams?)? and (?:engineering|product|sales|management|marketing|support|design|legal|finance|qa|operations|leadership)(?: teams?)? (?:still\s+)?(?:disagree|disagreed|don't agree|do not agree|could not agree|couldn't agree|are arguing|argued|are debating|debated|are split)\b",
            @"\binternal(?:ly)?,? (?:we\s+)?(?:have\s+)?(?:argued|debated|disagreed|disagree|fought|could not agree|couldn't agree|went back and forth)\b",
            @"\binternal (?:debate|disagreement|argument|politics|conflict|fight|back-and-forth)s?\b",
            @"\b(?:not everyone|nobody|no one) (?:here|internally|on our side|on the team|in the team) (?:agrees|agreed)\b",
            @"\b(?:the team|our teams?|we) (?:is|are|were|was) (?:still\s+)?(?:split|divided)\b",
            @"\bstill (?:debating|arguing|discussing) (?:it\s+)?(?:internally|among ourselves)\b",
            @"\boverruled\b",
            @"\bat (?:odds|loggerheads)\b",
            @"\bdisagreement (?:between|among|within) (?:our|the)\b",
            @"\bsome of us (?:wanted|think|thought|believe|argued|preferred)\b",
            @"\bpushed back (?:hard\s+)?(?:on|against)\b",
            @"\b(?:heated|long|lengthy) (?:internal\s+)?(?:debate|argument|disagreement)s?\b",
            @"\b(?:could not|couldn't|did not|didn't) reach (?:an\s+)?agreement\b",
            @"\b(?:our|the) (?:teams|engineers|managers|leads|developers|architects) (?:still\s+)?(?:disagree|disagreed|argued|could not agree|couldn't agree|are arguing)\b",
            @"\bdepending on who you ask\b"),
        .. Rule(ToneFindingKind.OverPromising, PromiseAdvice,
            // "no guarantees" hedges and "we cannot guarantee" is honest: only a guarantee given over-promises.
            @"(?<!\b(?:no|not|cannot|can't|can not|don't|do not|won't|will not)\s+)\bguarantee(?:d|s)?\b",
            @"\b100\s?(?:%|percent|per cent)\s+(?:sure|certain|confident|guaranteed)\b",
            @"\bdefinitely\b",
            @"\b(?:we|I) (?:promise|can assure you)\b",
            @"\b(?:we are|we're|I am|I'm) (?:completely\s+|totally\s+|absolutely\s+)?(?:certain|sure) (?:that\s+)?(?:the|this|it|we)\b",
            @"\bthe (?:last|final) delay\b",
            @"\byou have (?:my|our) word\b|\brest assured\b|\blocked in\b|\bnothing (?:else )?will (?:slip|go wrong)\b",
            @"\babsolutely (?:sure|certain|no risk)\b",
            @"\bwithout (?:a\s+|any\s+)?(?:doubt|fail)\b",
            @"\b(?:zero|no) risk\b",
            @"\b(?:cannot|can't|will not|won't) (?:possibly\s+)?(?:fail|slip again)\b",
            @"\bnothing (?:can|will|could) go wrong\b",
            @"\bset in stone\b"),
        .. Rule(ToneFindingKind.Hedging, HedgingAdvice,
            @"\bhopefully\b",
            @"\bfingers crossed\b|\bcross(?:ing)? our fingers\b",
            @"\b(?:we'll|we will|I'll|I will|we're going to|we are going to) (?:try|do) (?:our|my) (?:very\s+)?(?:best|utmost)\b",
            @"\bwith (?:any|a bit of|some) luck\b|\b(?:touch|knock on) wood\b",
            @"\bif all goes (?:well|to plan)\b|\b(?:we're|we are|I'm|I am) hoping\b",
            @"\bno (?:guarantees|promises)\b"),
    ];

    /// <summary>
    /// The advice for vague timing, with an example date that lies ahead of <paramref name="today"/> (the Thursday at least a
    /// week on, "by Thursday 17 December"); without a today, no example.
    /// </summary>
    public static string VagueAdvice(DateOnly? today)
    {
        if (today is not { } from)
        {
            return VagueAdviceWithoutExample;
        }

        var example = from.AddDays(7 + (((int)DayOfWeek.Thursday - (int)from.DayOfWeek + 7) % 7));
        return $"Name a calendar date (for example \"by {example.ToString("dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture)}\") so the customer can plan around it.";
    }

    /// <summary>Whether <paramref name="kind"/> is a sentence kind, one the rules (and the sentence model) find in words.</summary>
    public static bool HasAdvice(ToneFindingKind kind) => kind is >= ToneFindingKind.VagueTiming and <= ToneFindingKind.Hedging;

    /// <summary>The advice the rules give for <paramref name="kind"/>, for a finding the sentence model made.</summary>
    public static string Advice(ToneFindingKind kind) => kind switch
    {
        ToneFindingKind.VagueTiming => VagueAdviceWithoutExample,
        ToneFindingKind.Blame => BlameAdvice,
        ToneFindingKind.Minimising => MinimisingAdvice,
        ToneFindingKind.InternalDebate => DebateAdvice,
        ToneFindingKind.OverPromising => PromiseAdvice,
        ToneFindingKind.Hedging => HedgingAdvice,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only phrase kinds have sentence advice."),
    };

    private static ToneRule[] Rule(ToneFindingKind kind, string suggestion, params string[] patterns) =>
        [.. patterns.Select(pattern => new ToneRule(kind, Make(pattern), suggestion))];

    private static Regex Make(string pattern) => new(pattern, Options, Timeout);
}
