namespace KoreaEvents.Core.Corroboration;

/// <summary>Where a chunk of groups writes its sources' scores, in order.</summary>
internal ref struct ScoreSink(Span<int> sources, Span<double> scores)
{
    private readonly Span<int> sources = sources;
    private readonly Span<double> scores = scores;

    public int Count { get; private set; }

    public void Add(int source, double score)
    {
        sources[Count] = source;
        scores[Count++] = score;
    }
}
