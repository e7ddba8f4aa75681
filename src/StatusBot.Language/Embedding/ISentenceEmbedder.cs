namespace StatusBot.Language.Embedding;

/// <summary>Turns sentences into what the tone model reads of them (one encoding per sentence, in order).</summary>
public interface ISentenceEmbedder
{
    /// <summary>One encoding per sentence, in order: its embedding and the state of each of its word pieces.</summary>
    SentenceEncoding[] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default);
}

