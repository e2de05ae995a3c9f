using System.Text;
using KoreaEvents.Core.Extraction;
using Xunit;

namespace KoreaEvents.Core.Tests.Extraction;

/// <summary>
/// The clause analyser, one construction per case. Sentences are written for the construction (not taken from the
/// seeds or the corpus): [brackets] mark the noun phrases (known names), {braces} the trigger, &lt;angles&gt; a reporting cue.
/// The expectation lists each related phrase as <c>Name=Relation</c> (a <c>*</c> marks one reached through a pronoun),
/// in the order of the phrases; phrases left out must have no relation.
/// </summary>
public sealed class ClauseAnalyzerTest
{
    [Theory]
    // active subject and object
    [InlineData("[Ruritania] {attacked} [Freedonia] on Monday.", "Ruritania=Subject Freedonia=Object")]
    [InlineData("[Ruritania] {blew up} the office.", "Ruritania=Subject")]
    [InlineData("[Ruritania] {blew up} [Freedonia]'s office.", "Ruritania=Subject Freedonia=Object")]
    // auxiliaries, adverbs, negation, control verbs between subject and verb
    [InlineData("[Ruritania] has reportedly {attacked} the ships.", "Ruritania=Subject")]
    [InlineData("[Ruritania] did not {attack} the ships.", "Ruritania=Subject")]
    [InlineData("[Ruritania] threatened to {destroy} the office.", "Ruritania=Subject")]
    [InlineData("[Ruritania] on Tuesday {destroyed} the office.", "Ruritania=Subject")]
    // passives and by-agents
    [InlineData("The office was {blown up} by [Ruritania].", "Ruritania=Agent")]
    [InlineData("[Freedonia] was {attacked} by [Ruritania] at dawn.", "Freedonia=PassiveSubject Ruritania=Agent")]
    [InlineData("Staff were {withdrawn} from the office.", "")]
    [InlineData("[Freedonia] was suddenly {attacked}.", "Freedonia=PassiveSubject")]
    // nominalisations
    [InlineData("[Ruritania]'s {demolition} of the office shocked observers.", "Ruritania=Possessor")]
    [InlineData("The {destruction} of the office by [Ruritania] was condemned.", "Ruritania=Agent")]
    [InlineData("The {condemnation} of [Freedonia] came late.", "Freedonia=Of")]
    [InlineData("[Ruritania] {sanctions} on [Freedonia] remain in force.", "Ruritania=Possessor Freedonia=Against")]
    [InlineData("The new {sanctions} against [Freedonia] bite.", "Freedonia=Against")]
    [InlineData("A {message} from [Ruritania] arrived.", "Ruritania=From")]
    [InlineData("A {summit} between [Ruritania] and [Freedonia] ended.", "Ruritania=Between Freedonia=Between")]
    [InlineData("[Ruritania]'s historic {meeting} with [Freedonia] ended.", "Ruritania=Possessor Freedonia=With")]
    // a noun trigger as the object of a verb
    [InlineData("[Ruritania] has issued a series of angry {condemnations} of [Freedonia].", "Ruritania=GoverningSubject Freedonia=Of")]
    [InlineData("[Ruritania] imposed new {penalties} on two [Freedonian] firms.", "Ruritania=GoverningSubject Freedonian=Against")]
    [InlineData("[Ruritania] is under international {sanctions}.", "")]
    // appositions and relative clauses
    [InlineData("[Ruritania], the island state, {attacked} [Freedonia].", "Ruritania=Subject Freedonia=Object")]
    [InlineData("[Ruritania], which had long complained, {attacked} [Freedonia].", "Ruritania=Subject Freedonia=Object")]
    [InlineData("the office that [Ruritania] {destroyed} last week", "Ruritania=Subject")]
    [InlineData("It blamed [Ruritania], which {attacked} the ships.", "Ruritania=Subject")]
    // coordination
    [InlineData("[Ruritania] and [Freedonia] {met} in Geneva.", "Ruritania=Subject Freedonia=Subject")]
    [InlineData("[Ruritania], [Freedonia] and [Sylvania] {signed} the pact.", "Ruritania=Subject Freedonia=Subject Sylvania=Subject")]
    [InlineData("[Ruritania] {attacked} [Freedonia] and [Sylvania].", "Ruritania=Subject Freedonia=Object Sylvania=Object")]
    // reported speech: the speaker is not the actor, unless a pronoun subject stands for it
    [InlineData("[Ruritania] <said> [Freedonia] had {attacked} the ships.", "Freedonia=Subject")]
    [InlineData("[Ruritania] <said> that [Freedonia] {attacked} the ships.", "Freedonia=Subject")]
    [InlineData("[Ruritania] <said> it would {withdraw} from the office.", "Ruritania=Subject*")]
    [InlineData("[Ruritania] notified [Freedonia] that it would {withdraw} its staff.", "Ruritania=Subject*")]
    [InlineData("[Ruritania] <said> the office was {destroyed}.", "")]
    // clause boundaries: a phrase in another clause is not related
    [InlineData("After [Ruritania] complained, the office was {destroyed}.", "")]
    [InlineData("Talks with [Freedonia] {collapsed} in May.", "")]
    [InlineData("[Ruritania] {withdrew} from talks with [Freedonia].", "Ruritania=Subject")]
    // a name modifying a head noun, and name chunks with titles
    [InlineData("[Ruritanian] officials {pulled out} of the office.", "Ruritanian=Subject")]
    [InlineData("The [Rex] regime abruptly {pulled out} of the talks.", "Rex=Subject")]
    [InlineData("A {summit} between [Freedonian] leader [Rufus] and [Ruritanian] President [Rex] ended.", "Rufus=Between Rex=Between")]
    [InlineData("[Ruritanian] leader [Rex] and [Rufus] {met} in Geneva.", "Rex=Subject Rufus=Subject")]
    [InlineData("The [Rex]-[Rufus] {summit} ended early.", "Rex=Possessor Rufus=Possessor")]
    // only support verbs give a noun trigger their subject
    [InlineData("[Ruritania] condemned the {launches} of leaflets.", "")]
    [InlineData("[Ruritania] carried out missile {tests} on Sunday.", "Ruritania=GoverningSubject")]
    // control: the subject, or the object between ("urged X not to …"), does the infinitive's act
    [InlineData("[Ruritania] used explosives to {destroy} the office.", "Ruritania=Subject")]
    [InlineData("[Rex] urged [Freedonia] not to {close} the border.", "Freedonia=Subject")]
    // a noun takes its recipient with "to"; a verb's "to" is left alone
    [InlineData("It was a {message} to [Freedonia].", "Freedonia=Against")]
    [InlineData("[Ruritania] {returned} to [Freedonia].", "Ruritania=Subject")]
    // possessive pronouns and plural possessives
    [InlineData("[Rex] and [Rufus] arrived in Geneva ahead of their long awaited {summit}.", "Rex=Possessor* Rufus=Possessor*")]
    [InlineData("The [defectors]' group {sent} leaflets.", "defectors=Subject")]
    [InlineData("The [defectors]' group sends anti-government {leaflets} across the border.", "defectors=GoverningSubject")]
    [InlineData("Leaflets critical of the [Ruritanian] regime are tied to {balloons}.", "")]
    [InlineData("[Rex] {flew to} [Ruritania] on Monday.", "Rex=Subject")]
    [InlineData("[Ruritania], not its neighbours, is to {blame} for the crisis.", "Ruritania=PassiveSubject")]
    [InlineData("[Ruritania] refused to {blame} [Freedonia].", "Ruritania=Subject Freedonia=Object")]
    public void Relates_each_construction(string marked, string expected)
    {
        var (text, phrases, names, cues, trigger) = Parse(marked);
        var analyzer = new ClauseAnalyzer(text, 0, text.Length, phrases, cues);
        var readings = analyzer.Relate(trigger.Start, trigger.End);
        var actual = string.Join(" ", Enumerable.Range(0, phrases.Count).Where(readings.ContainsKey)
            .Select(i => $"{names[i]}={readings[i].Relation}{(readings[i].ThroughPronoun ? "*" : string.Empty)}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_trigger_outside_the_sentence_relates_nothing()
    {
        var (text, phrases, _, cues, _) = Parse("[Ruritania] {attacked} [Freedonia].");
        var analyzer = new ClauseAnalyzer(text, 0, text.Length, phrases, cues);
        Assert.Empty(analyzer.Relate(text.Length + 5, text.Length + 9));
    }

    [Fact]
    public void A_long_sentence_is_read_within_reach()
    {
        // A trigger whose subject stands further off than the analyser's reach is left unrelated rather than scanned for.
        var sb = new StringBuilder("[Ruritania]");
        for (int i = 0; i < ClauseAnalyzer.Reach + 5; i++)
        {
            sb.Append(" reportedly");
        }

        sb.Append(" {attacked} [Freedonia].");
        var (text, phrases, names, cues, trigger) = Parse(sb.ToString());
        var readings = new ClauseAnalyzer(text, 0, text.Length, phrases, cues).Relate(trigger.Start, trigger.End);
        Assert.False(readings.ContainsKey(names.IndexOf("Ruritania")));
        Assert.Equal(ClauseRelation.Object, readings[names.IndexOf("Freedonia")].Relation);
    }

    private static (string Text, List<(int Start, int End)> Phrases, List<string> Names, List<(int Start, int End)> Cues, (int Start, int End) Trigger) Parse(string marked)
    {
        var sb = new StringBuilder();
        var phrases = new List<(int, int)>();
        var names = new List<string>();
        var cues = new List<(int, int)>();
        (int, int) trigger = (-1, -1);
        int open = -1;
        foreach (char c in marked)
        {
            switch (c)
            {
                case '[' or '{' or '<':
                    open = sb.Length;
                    break;
                case ']':
                    phrases.Add((open, sb.Length));
                    names.Add(sb.ToString(open, sb.Length - open));
                    break;
                case '}':
                    trigger = (open, sb.Length);
                    break;
                case '>':
                    cues.Add((open, sb.Length));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return (sb.ToString(), phrases, names, cues, trigger);
    }
}
