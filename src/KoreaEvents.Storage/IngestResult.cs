using KoreaEvents.Core.Model;

namespace KoreaEvents.Storage;

/// <summary>What <see cref="CorpusStore.Ingest(string, string?, SourceId?)"/> did with one article. Immutable.</summary>
/// <param name="Id">The article's source id: the new one, or the one the same text is already stored under.</param>
/// <param name="ContentHash">The SHA-256 of the text's UTF-8 bytes, in lower-case hex (the store's identity of an article).</param>
/// <param name="Added">True when the article was added; false when the same text was already in the store (nothing changed).</param>
/// <param name="FileName">The file name given with the text, or null.</param>
public sealed record IngestResult(SourceId Id, string ContentHash, bool Added, string? FileName);

/// <summary>One article kept in a store. Immutable.</summary>
/// <param name="Sequence">The order it was added in (1 for the first).</param>
/// <param name="Id">Its source id.</param>
/// <param name="ContentHash">The SHA-256 of its text's UTF-8 bytes, lower-case hex.</param>
/// <param name="FileName">The file it was read from, or null (an embedded seed, or text given without a name).</param>
/// <param name="IsSeed">Whether it is one of the embedded seeds the store was created with.</param>
/// <param name="AddedAt">When it was added, by <see cref="CorpusStoreOptions.Clock"/>.</param>
/// <param name="Batch">The ingest call it came with: 0 for the seeds a store is created with, then 1, 2, … for each
/// <see cref="CorpusStore.IngestAll"/> (or <see cref="CorpusStore.Ingest(string, string?, SourceId?)"/>) that added something.</param>
public sealed record StoredArticle(long Sequence, SourceId Id, string ContentHash, string? FileName, bool IsSeed, NodaTime.Instant AddedAt, long Batch);

/// <summary>An article to ingest: its text and, optionally, the file it was read from and the source id to give it. Immutable.</summary>
/// <param name="Text">The raw text.</param>
/// <param name="FileName">The file it was read from (kept, and used for the id <c>file-&lt;name&gt;</c>), or null.</param>
/// <param name="Id">The source id to give it; by default <c>file-&lt;slug of the file name&gt;</c> (or <c>file-article</c>),
/// with <c>-2</c>, <c>-3</c>… when another article already has that id.</param>
public sealed record StoreInput(string Text, string? FileName = null, SourceId? Id = null);

/// <summary>One knowledge-base document kept in a store (actors, places, events or lexicon in the format of the
/// embedded Data/*.json files). Immutable.</summary>
/// <param name="Sequence">The order it was added in.</param>
/// <param name="FileName">The name it was added under.</param>
/// <param name="ContentHash">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="AddedAt">When it was added.</param>
public sealed record StoredKnowledge(long Sequence, string FileName, string ContentHash, NodaTime.Instant AddedAt);
