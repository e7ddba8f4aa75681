namespace StatusBot.Language.Classifier;

/// <summary>
/// The words of a sentence as the classifier reads them beside its embedding: each lower-case word and each pair
/// of neighbouring words, hashed (FNV-1a) into a fixed number of buckets. Markers such as "hopefully", "no
/// promises" or "our fault" carry a kind in many wordings, which a sentence embedding alone tends to blur.
/// </summary>
public static class WordFeatures
{
    /// <summary>The distinct buckets a sentence's words and word pairs fall into, ascending.</summary>
    public static int[] Buckets(string sentence, int buckets)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        var words = Words(sentence);
        var found = new SortedSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            found.Add(Bucket(words[i], buckets));
            if (i + 1 < words.Count)
            {
                found.Add(Bucket($"{words[i]} {words[i + 1]}", buckets));
            }
        }

        return [.. found];
    }

    private static List<string> Words(string sentence)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var raw in sentence)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (c is (>= 'a' and <= 'z') or '\'')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static int Bucket(string text, int buckets)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash & 0x7fffffffu) % (uint)buckets);
    }
}
