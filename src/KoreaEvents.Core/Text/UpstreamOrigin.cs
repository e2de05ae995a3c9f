namespace KoreaEvents.Core.Text;

/// <summary>How the text states an upstream origin.</summary>
public enum UpstreamOriginKind
{
    /// <summary>A credit line of its own ("AFP with additional input by GVS News Desk", "With inputs from Reuters").</summary>
    CreditLine,

    /// <summary>A wire dateline opening the first paragraph ("SEOUL (Reuters) -").</summary>
    WireDateline,
}

/// <summary>
/// A wire service or news agency the text states it was taken from. Two sources with the same upstream origin are
/// not independent.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality.</remarks>
public sealed class UpstreamOrigin
{
    internal UpstreamOrigin(string name, TextSegment mention, TextSpan statement, UpstreamOriginKind kind)
    {
        Name = name;
        Mention = mention;
        Statement = statement;
        Kind = kind;
    }

    /// <summary>Gets the agency's canonical short name (<c>AFP</c>, <c>AP</c>, <c>Reuters</c>, <c>Yonhap</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the agency's name as written.</summary>
    public TextSegment Mention { get; }

    /// <summary>
    /// Gets the whole statement: the credit line (which belongs to the origin) or the wire dateline (which lies inside
    /// the first paragraph).
    /// </summary>
    public TextSpan Statement { get; }

    /// <summary>Gets how the origin is stated.</summary>
    public UpstreamOriginKind Kind { get; }

    /// <summary>Returns the name and the mention's span.</summary>
    public override string ToString() => $"{Name} ({Kind}) {Mention.Span}";
}
