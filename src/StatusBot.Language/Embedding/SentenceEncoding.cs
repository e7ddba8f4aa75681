namespace StatusBot.Language.Embedding;

/// <summary>
/// A sentence as the sentence model reads it: its <paramref name="Embedding"/> (the mean of the states of all its
/// tokens, unit length) and the state of each word piece in order (<paramref name="Pieces"/>, the model's last layer;
/// the markers the tokenizer adds around the sentence left out), which say where in the sentence its meaning lies.
/// </summary>
public sealed record SentenceEncoding(float[] Embedding, float[][] Pieces)
{
    /// <summary>An embedding alone, with no word pieces to read.</summary>
    public static SentenceEncoding Of(float[] embedding) => new(embedding, []);
}
