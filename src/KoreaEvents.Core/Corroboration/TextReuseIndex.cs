using System.Runtime.InteropServices;

namespace KoreaEvents.Core.Corroboration;

/// <summary>A pair of sources whose texts share near-duplicate passages.</summary>
/// <param name="First">The source added earlier (index in the source table).</param>
/// <param name="Second">The source just added.</param>
/// <param name="Passages">How many of the second source's passages have a near duplicate in the first.</param>
/// <param name="MeanJaccard">The mean estimated Jaccard similarity of those passages with their best match.</param>
internal readonly record struct ReusePair(int First, int Second, int Passages, double MeanJaccard);

/// <summary>
/// Finds near-duplicate passages between texts without comparing all pairs: word shingles → MinHash signatures →
/// LSH bands → buckets; only passages that share a bucket are compared (see <see cref="TextReuseOptions"/>).
/// Adding a text costs time proportional to its length plus its candidates, so n texts take near-linear time
/// unless many texts share passages.
/// </summary>
/// <remarks>Append-only; not thread-safe while adding. A report keeps the number of passages it has seen so a
/// branch (two updates of the same report) can take a truncated copy (<see cref="CloneUpTo"/>).</remarks>
internal sealed class TextReuseIndex
{
    private const ulong ShingleMultiplier = 0x9E3779B97F4A7C15UL;
    private readonly TextReuseOptions options;
    private readonly int hashes;
    private readonly List<int> passageSource = [];
    private readonly Dictionary<int, int> passagesPerSource = [];
    private readonly List<int> firstPassageOfText = [];
    private readonly List<int> sourceOfText = [];
    private readonly Dictionary<ulong, (int Head, int Count)> buckets = [];
    private readonly List<int> entryPassage = [];
    private readonly List<int> entryNext = [];
    private uint[] signatures = new uint[1024];

    public TextReuseIndex(TextReuseOptions options)
    {
        this.options = options;
        hashes = options.Bands * options.RowsPerBand;
    }

    /// <summary>Gets the number of texts added.</summary>
    public int TextCount => sourceOfText.Count;

    /// <summary>Gets how many passage pairs were compared (LSH candidates), to show the index avoids all pairs.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Gets a number that changes with every <see cref="Add"/>.</summary>
    public int Version { get; private set; }

    /// <summary>Returns whether the source's text was added.</summary>
    public bool HasSource(int source) => passagesPerSource.ContainsKey(source);

    /// <summary>Adds one source's text; returns the earlier sources it reuses text with (by the merge rule of
    /// <see cref="TextReuseOptions"/>), ordered by source index.</summary>
    public List<ReusePair> Add(int source, string text)
    {
        Version++;
        firstPassageOfText.Add(passageSource.Count);
        sourceOfText.Add(source);
        var words = new List<ulong>();
        var shingleHashes = new List<ulong>();
        var best = new Dictionary<int, (int Count, double Sum)>();
        var bestForPassage = new Dictionary<int, double>();
        var candidates = new HashSet<int>();
        int passages = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            Words(text.AsSpan(lineStart, lineEnd - lineStart), words);
            if (words.Count >= options.MinPassageWords && words.Count >= options.ShingleSize)
            {
                passages++;
                int id = passageSource.Count;
                passageSource.Add(source);
                Shingles(words, options.ShingleSize, shingleHashes);
                var signature = Sign(id, shingleHashes);
                candidates.Clear();
                for (int band = 0; band < options.Bands; band++)
                {
                    ulong key = BandKey(band, signature.Slice(band * options.RowsPerBand, options.RowsPerBand));
                    ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(buckets, key, out bool exists);
                    if (!exists)
                    {
                        bucket = (-1, 0);
                    }

                    if (bucket.Count >= options.MaxBucketSize)
                    {
                        continue; // boilerplate: shared by too many passages to mean reuse
                    }

                    for (int entry = bucket.Head; entry >= 0; entry = entryNext[entry])
                    {
                        int other = entryPassage[entry];
                        if (passageSource[other] != source)
                        {
                            candidates.Add(other);
                        }
                    }

                    entryPassage.Add(id);
                    entryNext.Add(bucket.Head);
                    bucket = (entryPassage.Count - 1, bucket.Count + 1);
                }

                bestForPassage.Clear();
                Comparisons += candidates.Count;
                foreach (int other in candidates)
                {
                    double jaccard = Similarity(id, other);
                    if (jaccard >= options.Threshold)
                    {
                        int otherSource = passageSource[other];
                        if (!bestForPassage.TryGetValue(otherSource, out double previous) || jaccard > previous)
                        {
                            bestForPassage[otherSource] = jaccard;
                        }
                    }
                }

                foreach (var (otherSource, jaccard) in bestForPassage)
                {
                    best.TryGetValue(otherSource, out var tally);
                    best[otherSource] = (tally.Count + 1, tally.Sum + jaccard);
                }
            }

            lineStart = lineEnd + 1;
        }

        passagesPerSource[source] = passages;
        var pairs = new List<ReusePair>();
        foreach (var (otherSource, (count, sum)) in best)
        {
            int shorter = Math.Min(passages, passagesPerSource[otherSource]);
            if (count >= options.MinSharedPassages || 2 * count >= shorter)
            {
                pairs.Add(new ReusePair(otherSource, source, count, sum / count));
            }
        }

        pairs.Sort((a, b) => a.First.CompareTo(b.First));
        return pairs;
    }

    /// <summary>Returns a copy holding only the first <paramref name="textCount"/> texts added.</summary>
    public TextReuseIndex CloneUpTo(int textCount)
    {
        var copy = new TextReuseIndex(options);
        int passageCount = textCount < firstPassageOfText.Count ? firstPassageOfText[textCount] : passageSource.Count;
        copy.signatures = new uint[Math.Max(1024, passageCount * hashes)];
        Array.Copy(signatures, copy.signatures, passageCount * hashes);
        copy.passageSource.AddRange(passageSource.GetRange(0, passageCount));
        for (int t = 0; t < textCount; t++)
        {
            int end = t + 1 < firstPassageOfText.Count ? firstPassageOfText[t + 1] : passageSource.Count;
            copy.firstPassageOfText.Add(firstPassageOfText[t]);
            copy.sourceOfText.Add(sourceOfText[t]);
            copy.passagesPerSource[sourceOfText[t]] = end - firstPassageOfText[t];
        }

        var chain = new List<int>();
        foreach (var (key, bucket) in buckets)
        {
            chain.Clear();
            for (int entry = bucket.Head; entry >= 0; entry = entryNext[entry])
            {
                if (entryPassage[entry] < passageCount)
                {
                    chain.Add(entryPassage[entry]);
                }
            }

            if (chain.Count == 0)
            {
                continue;
            }

            int head = -1;
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                copy.entryPassage.Add(chain[i]);
                copy.entryNext.Add(head);
                head = copy.entryPassage.Count - 1;
            }

            copy.buckets.Add(key, (head, chain.Count));
        }

        return copy;
    }

    /// <summary>Splits text into lower-cased words (runs of letters and digits), each hashed to 64 bits.</summary>
    internal static void Words(ReadOnlySpan<char> text, List<ulong> words)
    {
        words.Clear();
        ulong hash = 14695981039346656037UL;
        bool inWord = false;
        foreach (char raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                hash = (hash ^ char.ToLowerInvariant(raw)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(Mix(hash));
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(Mix(hash));
        }
    }

    internal static void Shingles(List<ulong> words, int size, List<ulong> shingles)
    {
        shingles.Clear();
        for (int i = 0; i + size <= words.Count; i++)
        {
            ulong h = 0;
            for (int j = 0; j < size; j++)
            {
                h = (h * ShingleMultiplier) + words[i + j];
            }

            shingles.Add(h);
        }
    }

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit hash.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private Span<uint> Sign(int id, List<ulong> shingles)
    {
        int needed = (id + 1) * hashes;
        if (signatures.Length < needed)
        {
            Array.Resize(ref signatures, Math.Max(needed, signatures.Length * 2));
        }

        var signature = signatures.AsSpan(id * hashes, hashes);
        signature.Fill(uint.MaxValue);
        foreach (ulong shingle in shingles)
        {
            // Kirsch–Mitzenmacher: hash i = a + i·b, each taken to its top 32 bits.
            ulong a = Mix(shingle);
            ulong b = Mix(shingle ^ 0x5851F42D4C957F2DUL) | 1;
            ulong h = a;
            for (int i = 0; i < signature.Length; i++)
            {
                uint v = (uint)(h >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }

                h += b;
            }
        }

        return signature;
    }

    private double Similarity(int p, int q)
    {
        var x = signatures.AsSpan(p * hashes, hashes);
        var y = signatures.AsSpan(q * hashes, hashes);
        int equal = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                equal++;
            }
        }

        return (double)equal / hashes;
    }

    private static ulong BandKey(int band, ReadOnlySpan<uint> rows)
    {
        ulong h = Mix((ulong)band + 1);
        foreach (uint v in rows)
        {
            h = Mix(h ^ v);
        }

        return h;
    }
}
