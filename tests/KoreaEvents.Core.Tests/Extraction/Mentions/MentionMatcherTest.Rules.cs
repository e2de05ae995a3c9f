using System.Text;
using KoreaEvents.Core.Extraction.Mentions;
using KoreaEvents.Core.Knowledge;
using KoreaEvents.Core.Model;

namespace KoreaEvents.Core.Tests.Extraction.Mentions;

public sealed partial class MentionMatcherTest
{
    private static readonly MentionMatcher Matcher = MentionMatcher.For(KnowledgeBase.Default);

    private static IReadOnlyList<Mention> Resolve(string text) => Matcher.MatchAndResolve(text);

    private static string Referent(Mention mention) => mention.Resolved?.ToString() ?? "?";

    [Fact]
    public void Matcher_is_built_once_per_knowledge_base() => Assert.Same(MentionMatcher.For(KnowledgeBase.Default), MentionMatcher.For(KnowledgeBase.Default));

    [Fact]
    public void Each_knowledge_base_has_its_own_matcher_and_the_old_property_forwards_to_it()
    {
        var other = KnowledgeBase.Default.ToBuilder().Build();
        Assert.NotSame(MentionMatcher.For(KnowledgeBase.Default), MentionMatcher.For(other));
#pragma warning disable CS0618 // the obsolete forward is what this checks
        Assert.Same(MentionMatcher.For(other), other.MentionMatcher);
#pragma warning restore CS0618
        Assert.Equal("knowledgeBase", Assert.Throws<ArgumentNullException>(() => MentionMatcher.For(null!)).ParamName);
    }

    [Fact]
    public void Empty_and_blank_text_have_no_mentions()
    {
        Assert.Empty(Matcher.Match(string.Empty));
        Assert.Empty(Matcher.Match(" \n\t\u00A0 "));
        Assert.Throws<ArgumentNullException>(() => Matcher.Match(null!));
    }

    [Fact]
    public void Longest_match_wins()
    {
        var mentions = Resolve("North Korea and the Kaesong liaison office.");
        Assert.Equal(new[] { "North Korea", "Kaesong liaison office" }, mentions.Where(m => m.Kind != MentionKind.Trigger).Select(m => m.Text));
        Assert.Equal("place:liaison-office", Referent(mentions.Single(m => m.Text == "Kaesong liaison office")));
    }

    [Fact]
    public void Overlapping_patterns_are_resolved_leftmost_then_longest()
    {
        // "North Korean Foreign Ministry" (a body) starts where "North Korean" and "North Korea" start; it wins.
        var mentions = Resolve("The North Korean Foreign Ministry added");
        Assert.Equal("North Korean Foreign Ministry", mentions[0].Text);
        Assert.Equal("actor:north-korea-foreign-ministry", Referent(mentions[0]));
        Assert.Equal("added", mentions[1].Text);
    }

    [Theory]
    [InlineData("Kimchi is food.")]
    [InlineData("the Moonlight sonata")]
    [InlineData("Southampton and Northumberland")]
    [InlineData("a Seoulite")]
    public void Nothing_matches_inside_a_word(string text) => Assert.DoesNotContain(Matcher.Match(text), m => m.Kind is MentionKind.Actor or MentionKind.Place);

    [Theory]
    [InlineData("the moon rose over us")]
    [InlineData("a kim and a trump card")]
    [InlineData("go north, then south")]
    public void Names_are_case_sensitive(string text) => Assert.DoesNotContain(Matcher.Match(text), m => m.Kind is MentionKind.Actor or MentionKind.Place);

    [Fact]
    public void Lexicon_is_case_insensitive_at_sentence_start()
    {
        var mentions = Resolve("Operations were suspended. Withdraw! According to KCNA, it WILL not.");
        Assert.Contains(mentions, m => m.Text == "Withdraw" && m.Candidates.Contains(MentionCandidate.ForTrigger(EventCode.Parse("RETREAT:withdraw"))));
        Assert.Contains(mentions, m => m.Text == "According to" && m.Kind == MentionKind.Attribution);
        Assert.Contains(mentions, m => m.Text == "WILL" && m.Kind == MentionKind.Future);
        Assert.Contains(mentions, m => m.Text == "not" && m.Kind == MentionKind.Negation);
    }

    [Fact]
    public void Lower_case_names_may_be_capitalised_at_a_sentence_start()
    {
        Assert.Equal("actor:defector-groups", Referent(Resolve("Defectors sent leaflets.")[0]));
    }

    [Theory]
    [InlineData("North Korea’s leader", "North Korea")]
    [InlineData("North Korea's leader", "North Korea")]
    [InlineData("Kim Jong-un’s sister", "Kim Jong-un")]
    [InlineData("Moon Jae-in’s government", "Moon Jae-in")]
    [InlineData("“Seoul”", "Seoul")]
    [InlineData("(DPRK/North Korea)", "DPRK")]
    public void Possessives_and_punctuation_bound_names(string text, string expected) => Assert.Equal(expected, Matcher.Match(text)[0].Text);

    [Theory]
    [InlineData("Kim Jong-un")]
    [InlineData("Kim Jong Un")]
    [InlineData("Kim Jong-Un")]
    [InlineData("Kim\u00A0Jong\u00A0Un")]
    [InlineData("Kim  Jong-un")]
    public void Korean_name_variants_find_Kim_Jong_Un(string text)
    {
        var mention = Assert.Single(Matcher.Match(text));
        Assert.Equal(text, mention.Text);
        Assert.Equal("actor:kim-jong-un", Referent(mention));
    }

    [Theory]
    [InlineData("Kim Yo Jong")]
    [InlineData("Kim Yo-jong")]
    [InlineData("Kim Yo-Jong")]
    public void Korean_name_variants_find_Kim_Yo_Jong(string text) => Assert.Equal("actor:kim-yo-jong", Referent(Assert.Single(Matcher.Match(text))));

    [Fact]
    public void Nbsp_counts_as_a_space_and_spans_keep_the_original_characters()
    {
        const string text = "with the United\u00A0 States but";
        var mention = Matcher.Match(text).Single(m => m.Kind == MentionKind.Actor || m.Kind == MentionKind.Place || m.Candidates.Any(c => c.Kind == MentionKind.Actor));
        Assert.Equal("United\u00A0 States", mention.Text);
        Assert.Equal(text.IndexOf("United", StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void Line_breaks_do_not_join_names() => Assert.DoesNotContain(Matcher.Match("North\nKorea"), m => m.Text.Contains('\n', StringComparison.Ordinal));

    [Fact]
    public void Ambiguous_surface_forms_keep_every_candidate()
    {
        var kim = Matcher.Match("Kim")[0];
        Assert.Equal(MentionResolution.None, kim.Resolution);
        Assert.Equal(new[] { "kim-jong-un", "kim-yo-jong", "kim-jong-il", "patricia-kim" }, kim.Candidates.Select(c => c.Actor.Value));
        var pyongyang = Matcher.Match("Pyongyang")[0];
        Assert.Contains(MentionCandidate.ForPlace(new PlaceId("pyongyang")), pyongyang.Candidates);
        Assert.Contains(MentionCandidate.ForActor(new ActorId("north-korea"), NameForm.Metonym), pyongyang.Candidates);
    }

    [Fact]
    public void Short_names_resolve_to_the_most_recent_introduction()
    {
        var mentions = Resolve("Kim Jong-il ruled. Kim Jong-un followed. Kim said so. Later Kim Yo Jong spoke and Kim agreed.");
        var kims = mentions.Where(m => m.Text == "Kim").ToList();
        Assert.Equal("actor:kim-jong-un~short", Referent(kims[0]));
        Assert.Equal(MentionResolution.Antecedent, kims[0].Resolution);
        Assert.Equal("actor:kim-yo-jong~short", Referent(kims[1]));
    }

    [Fact]
    public void Short_name_without_introduction_defaults_to_the_first_listed_candidate()
    {
        var kim = Resolve("The Kim regime? No: Kim himself.").Single(m => m.Text == "Kim");
        Assert.Equal("actor:kim-jong-un~short", Referent(kim));
        Assert.Equal(MentionResolution.Default, kim.Resolution);
    }

    [Fact]
    public void Given_names_resolve_to_their_person()
    {
        var mentions = Resolve("Kim Jong-un and Moon Jae-in met. Jong-un told Jae-in.");
        Assert.Equal("actor:kim-jong-un~short", Referent(mentions.Single(m => m.Text == "Jong-un")));
        Assert.Equal("actor:moon-jae-in~short", Referent(mentions.Single(m => m.Text == "Jae-in")));
    }

    [Fact]
    public void Speaker_labels_resolve_to_the_speakers_introduced_together()
    {
        const string text = "USIP analysts Patricia Kim and Frank Aum discuss.\n\nNorth Korea’s Kim Jong Un met Trump.\n\nAum: It is bad.\n\nKim:\u00A0Beijing is quiet. Kim Jong Un is not.";
        var mentions = Resolve(text);
        var label = mentions.Single(m => m.Text == "Kim" && text[m.End] == ':');
        Assert.Equal("actor:patricia-kim~short", Referent(label));
        Assert.Equal(MentionResolution.SpeakerLabel, label.Resolution);
        Assert.Equal("actor:frank-aum~short", Referent(mentions.Single(m => m.Text == "Aum" && text[m.End] == ':')));
    }

    [Theory]
    [InlineData("Moon flew to Pyongyang for talks.", "Pyongyang", "place:pyongyang")]
    [InlineData("Pyongyang announced it would cut links.", "Pyongyang", "actor:north-korea~metonym")]
    [InlineData("a university in Seoul said", "Seoul", "place:seoul")]
    [InlineData("Seoul’s vice minister said", "Seoul", "actor:south-korea~metonym")]
    [InlineData("pressure on Seoul", "Seoul", "actor:south-korea~metonym")]
    [InlineData("defectors in the South sent leaflets", "South", "place:south-korea")]
    [InlineData("the South has failed", "South", "actor:south-korea")]
    [InlineData("rhetoric from Pyongyang", "Pyongyang", "actor:north-korea~metonym")]
    [InlineData("tensions directed at Seoul", "Seoul", "actor:south-korea~metonym")]
    [InlineData("confidence in China's handling", "China", "actor:china")]
    [InlineData("they met in Stockholm, Sweden.", "Sweden", "place:sweden")]
    [InlineData("leaders in Washington and Beijing", "Beijing", "place:beijing")]
    public void Metonyms_read_as_places_after_locatives_and_as_governments_otherwise(string text, string surface, string expected) =>
        Assert.Equal(expected, Referent(Resolve(text).Single(m => m.Text == surface)));

    [Fact]
    public void Event_phrases_name_catalogued_events()
    {
        var mentions = Resolve("After the Hanoi summit and the Kaesong demolition, the armistice held.");
        Assert.Equal(new[] { "event:hanoi-summit-2019", "event:liaison-office-demolition-2020", "event:korean-war-armistice-1953" },
            mentions.Where(m => m.Kind == MentionKind.Event).Select(Referent));
    }

    [Fact]
    public void Triggers_carry_every_plover_reading()
    {
        var withdrew = Resolve("The North withdrew.").Single(m => m.Text == "withdrew");
        Assert.Equal(MentionResolution.Ambiguous, withdrew.Resolution);
        Assert.Equal(new[] { "RETREAT:withdraw", "SANCTION:withdraw" }, withdrew.Candidates.Select(c => c.Code.ToString()));
        Assert.Equal("trigger:ASSAULT:destroy", Referent(Resolve("it blew up the office").Single(m => m.Text == "blew up")));
    }

    [Fact]
    public void One_megabyte_of_text_is_matched_linearly_with_exact_spans()
    {
        var seeds = string.Join("\n\n", SeedCorpus.All.Select(s => s.Text));
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < (1 << 20))
        {
            builder.Append(seeds).Append("\n\n");
        }

        var text = builder.ToString();
        var perCopy = Matcher.Match(seeds).Count;
        var mentions = Matcher.Match(text);
        Assert.True(mentions.Count >= perCopy * (text.Length / seeds.Length), $"{mentions.Count} mentions in {text.Length} characters.");
        Assert.All(mentions.Take(2000), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(mentions.Count, Matcher.Count(text));
    }

    [Fact]
    public void Mention_text_form_is_readable()
    {
        var mention = Resolve("Kim Jong Un")[0];
        Assert.Equal("0+11 \"Kim Jong Un\" → actor:kim-jong-un (Unique)", mention.ToString());
    }
}
