using System.Text.Json;
using KoreaEvents.Core;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Time;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace KoreaEvents.Storage;

/// <content>The rows derived from the dataset: articles, documents, claims, sources and the latest report.</content>
public sealed partial class CorpusStore
{
    private void WriteAllDerived(SqliteTransaction transaction, KoreaEventsDataset data)
    {
        foreach (var table in new[] { "documents", "sources", "claims" })
        {
            using var clear = Command(transaction, $"DELETE FROM {table}");
            clear.ExecuteNonQuery();
        }

        foreach (var article in data.Articles)
        {
            WriteArticleRows(transaction, article);
        }

        foreach (var source in data.Articles.Select(a => a.Source.Id))
        {
            WriteClaims(transaction, source, data);
        }

        var previous = dataset;
        dataset = data;
        try
        {
            WriteReport(transaction);
        }
        finally
        {
            dataset = previous;
        }
    }

    private void WriteArticleRows(SqliteTransaction transaction, DatasetArticle article)
    {
        var id = article.Source.Id.Value;
        using (var document = Command(transaction,
            "INSERT OR REPLACE INTO documents (source_id, title, publication, publication_json, document_json) VALUES ($id, $title, $date, $pub, $doc)"))
        {
            document.Parameters.AddWithValue("$id", id);
            document.Parameters.AddWithValue("$title", (object?)article.Source.Title ?? DBNull.Value);
            document.Parameters.AddWithValue("$date", (object?)article.Publication.Date?.ToString() ?? DBNull.Value);
            document.Parameters.AddWithValue("$pub", JsonSerializer.Serialize(article.Publication, TypeInfo<PublicationEstimate>()));
            document.Parameters.AddWithValue("$doc", KoreaEventsJson.Serialize(article.Document));
            document.ExecuteNonQuery();
        }

        using var source = Command(transaction,
            "INSERT OR REPLACE INTO sources (source_id, kind, outlet, origins, extraction_json) VALUES ($id, $kind, $outlet, $origins, $extraction)");
        source.Parameters.AddWithValue("$id", id);
        source.Parameters.AddWithValue("$kind", article.Source.Kind.ToString());
        source.Parameters.AddWithValue("$outlet", (object?)article.Source.Outlet ?? DBNull.Value);
        source.Parameters.AddWithValue("$origins", string.Join(' ', article.Source.Origins.Select(o => o.Value)));
        source.Parameters.AddWithValue("$extraction", KoreaEventsJson.Serialize(article.Extraction));
        source.ExecuteNonQuery();
    }

    private void WriteClaims(SqliteTransaction transaction, SourceId source, KoreaEventsDataset data)
    {
        using (var clear = Command(transaction, "DELETE FROM claims WHERE source_id = $s"))
        {
            clear.Parameters.AddWithValue("$s", source.Value);
            clear.ExecuteNonQuery();
        }

        using var insert = Command(transaction, "INSERT INTO claims (claim_id, source_id, subject, facet, json) VALUES ($id, $s, $subject, $facet, $json)");
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$s", source.Value);
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        var facet = insert.Parameters.Add("$facet", SqliteType.Text);
        var json = insert.Parameters.Add("$json", SqliteType.Text);
        foreach (var claim in data.Claims.Where(c => c.Source == source))
        {
            id.Value = claim.Id.ToString();
            subject.Value = claim.Subject.ToString();
            facet.Value = claim.Facet.ToString();
            json.Value = JsonSerializer.Serialize(claim, TypeInfo<Claim>());
            insert.ExecuteNonQuery();
        }
    }

    private void WriteReport(SqliteTransaction transaction)
    {
        using var upsert = Command(transaction,
            "INSERT OR REPLACE INTO report (id, article_seq, knowledge_seq, json_gzip, updated_at) VALUES (1, $a, $k, $json, $at)");
        upsert.Parameters.AddWithValue("$a", LastArticleSeq);
        upsert.Parameters.AddWithValue("$k", LastKnowledgeSeq);
        upsert.Parameters.AddWithValue("$json", Pack(KoreaEventsJson.Serialize(dataset.Report)));
        upsert.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
        upsert.ExecuteNonQuery();
        savedReportSeq = LastArticleSeq;
        savedKnowledgeSeq = LastKnowledgeSeq;
    }

    /// <summary>The sources whose claims differ between <paramref name="before"/> and <paramref name="after"/> (the new
    /// article's, and earlier ones whose provisional events the new article merged with).</summary>
    private static IEnumerable<SourceId> ChangedClaimSources(KoreaEventsDataset before, KoreaEventsDataset after)
    {
        var old = before.Claims.ToLookup(c => c.Source);
        foreach (var group in after.Claims.GroupBy(c => c.Source))
        {
            if (!group.SequenceEqual(old[group.Key]))
            {
                yield return group.Key;
            }
        }
    }
}
