using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Corroboration;

/// <summary>
/// Corroborates any claims <c>(source, subject, facet, value)</c>: groups them by subject and facet, counts
/// claims that share an origin once, finds the heaviest mutually compatible set of origins (the consensus), gives
/// each group a verdict and each claim an Admiralty credibility, and learns each source's reliability from how
/// its claims fare.
/// </summary>
/// <remarks>
/// <para><b>Origins.</b> Claims count once when they come from the same source; from sources that share an
/// upstream wire (both list it in <see cref="Source.Origins"/>); from sources whose texts share near-duplicate
/// passages (<see cref="TextReuseOptions"/>); or repeat the same attributed statement (equal
/// <see cref="Attribution.StatementKey"/>; this merge applies within a group only). Merges are transitive
/// (union-find) and each records its reason (<see cref="OriginLink"/>).</para>
/// <para><b>Compatibility</b> by value type: dates overlap (<see cref="DateEstimate.IsCompatibleWith"/>: an
/// unstated year never conflicts on the year alone, a week or month contains its days); places are equal or one
/// contains the other (<see cref="CorroborationOptions.Places"/>); actors are equal or one acts for the other (a state
/// and its minister, <see cref="CorroborationOptions.Actors"/>); other entities are equal; quantities overlap,
/// approximate ones widened by the stated tolerance; yes/no values are equal (a negated yes/no is read as its
/// opposite); text is equal after folding case, punctuation and spacing.</para>
/// <para><b>Consensus</b>: the value admitted by the heaviest set of origins, weights being the origins' learned
/// reliability (each origin's weight is the mean trust of its sources). Exact: one sweep over the sorted interval
/// endpoints (or distinct values) finds the point covered by the heaviest set, in O(n log n) per group. Ties go
/// to the point covered by more claims, then to the earliest. Only asserted and reported claims count: hedged,
/// future and conditional claims neither confirm nor conflict.</para>
/// <para>See <see cref="Verdict"/>, <see cref="AdmiraltyCredibility"/> and <see cref="ReliabilityGrade"/> for the
/// exact grading rules. The output does not depend on the order of the inputs. Thread-safe: an engine holds only
/// its options.</para>
/// </remarks>
public sealed class CorroborationEngine
{
    /// <summary>Creates an engine.</summary>
    /// <param name="options">The options; <c>null</c> for <see cref="CorroborationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of its documented range.</exception>
    public CorroborationEngine(CorroborationOptions? options = null)
    {
        Options = options ?? CorroborationOptions.Default;
        Options.Validate();
    }

    /// <summary>Gets the engine's options.</summary>
    public CorroborationOptions Options { get; }

    /// <summary>Corroborates claims with no source records or texts (every source independent unless claims
    /// repeat one attributed statement).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentException">A claim is null.</exception>
    public CorroborationReport Corroborate(IEnumerable<Claim> claims) => Corroborate([], claims);

    /// <summary>Corroborates claims with their sources' records and, optionally, texts.</summary>
    /// <param name="sources">The source records (their <see cref="Source.Origins"/> name upstream wires). Sources
    /// named by claims need no record.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="texts">The sources' texts for text-reuse detection, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or <paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentException">A source or claim is null, a source id is given twice, or a text has the
    /// default id or is null.</exception>
    public CorroborationReport Corroborate(IEnumerable<Source> sources, IEnumerable<Claim> claims, IReadOnlyDictionary<SourceId, string>? texts = null)
    {
        var (state, results) = CorroborationRun.Apply(null, Options, sources, claims, texts);
        return new CorroborationReport(state, results);
    }
}
