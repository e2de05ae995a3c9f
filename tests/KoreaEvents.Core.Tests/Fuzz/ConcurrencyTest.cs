using System.Collections.Concurrent;
using KoreaEvents.Core.Corroboration;
using KoreaEvents.Core.Extraction;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;
using KoreaEvents.Core.Serialization;
using KoreaEvents.Core.Text;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Tests.Fuzz;

/// <summary>The shared entry points called from 32 threads at once give byte-identical results to one thread: the
/// dataset, the default knowledge base and its matcher, the tagger, the extractor and the engine (a bounded loop,
/// no timing).</summary>
public class ConcurrencyTest
{
    private const int Threads = 32;

    [Fact]
    public void Thirty_two_threads_build_the_same_dataset_and_report_as_one()
    {
        var expected = KoreaEventsJson.Serialize(KoreaEventsDataset.Load(TestClock.Fixed).Report);
        var results = RunAtOnce(_ => KoreaEventsJson.Serialize(KoreaEventsDataset.Load(TestClock.Fixed).Report));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Thirty_two_threads_share_the_default_knowledge_base_matcher_tagger_and_extractor()
    {
        var seeds = SeedCorpus.All;
        string Work(int thread)
        {
            var seed = seeds[thread % seeds.Count];
            var matcher = MentionMatcher.For(KnowledgeBase.Default);
            var mentions = matcher.MatchAndResolve(seed.Text);
            var dates = TemporalTagger.Default.Tag(seed.Text, new NodaTime.LocalDate(2020, 6, 16));
            var document = ArticleParser.Parse(seed.Text, seed.Id);
            var extraction = TestClock.Extractor.Extract(document, TestClock.Extractor.DateDocument(document).Publication);
            return string.Join("\n", mentions.Count, dates.Count, KoreaEventsJson.Serialize(extraction));
        }

        var expected = Enumerable.Range(0, seeds.Count).Select(Work).ToArray();
        var results = RunAtOnce(Work);
        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal(expected[t % seeds.Count], results[t]);
        }
    }

    [Fact]
    public void Thirty_two_threads_corroborate_and_update_one_report()
    {
        var dataset = KoreaEventsDataset.Load(TestClock.Fixed);
        var engine = new CorroborationEngine();
        var baseReport = engine.Corroborate(dataset.Sources, dataset.Claims);
        string Work(int thread)
        {
            var source = new Source(new SourceId($"wire-{thread % 4}"), outlet: "Wire", kind: SourceKind.Wire);
            var claim = new Claim(new ClaimId($"wire-{thread % 4}-1"), EntityRef.From(new EventId("liaison-office-demolition-2020")), Facet.Date,
                ClaimValue.FromDate(DateEstimate.FromDay(2020, 6, 16 + thread % 4)), source.Id);
            var updated = baseReport.With([source], [claim]);
            return KoreaEventsJson.Serialize(updated);
        }

        var expected = Enumerable.Range(0, 4).Select(Work).ToArray();
        var results = RunAtOnce(Work);
        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal(expected[t % 4], results[t]);
        }

        Assert.Equal(KoreaEventsJson.Serialize(engine.Corroborate(dataset.Sources, dataset.Claims)), KoreaEventsJson.Serialize(baseReport));
    }

    /// <summary>Starts <see cref="Threads"/> threads that wait on one barrier and then run <paramref name="work"/>.</summary>
    private static string[] RunAtOnce(Func<int, string> work)
    {
        var results = new string[Threads];
        var errors = new ConcurrentQueue<Exception>();
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                results[t] = work(t);
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        }, maxStackSize: 4 << 20)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        return results;
    }
}
