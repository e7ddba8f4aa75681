namespace StatusBot.Language.Embedding;

/// <summary>Turns sentences into what the tone model reads of them (one encoding per sentence, in order).</summary>
public interface ISentenceEmbedder
{
    /// <summary>One encoding per sentence, in order: its embedding and the state of each of its word pieces.</summary>
    SentenceEncoding[] Encode(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default);
}

/// <summary>What every <see cref="ISentenceEmbedder"/> can do with <see cref="ISentenceEmbedder.Encode"/>.</summary>
public static class SentenceEmbedderExtensions
{
    /// <summary>One embedding per sentence, in order.</summary>
    public static float[][] Embed(this ISentenceEmbedder embedder, IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        return [.. embedder.Encode(sentences, cancellationToken).Select(encoding => encoding.Embedding)];
    }
}
