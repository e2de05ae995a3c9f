using KoreaEvents.Core.Text;

namespace KoreaEvents.Core.Tests.Text;

public sealed class SentenceSplitterTest
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("Is it? Yes! Fine.", new[] { "Is it?", "Yes!", "Fine." })]
    [InlineData("Mr. Kim met Dr. Lee at Mt. Kumgang. They talked.", new[] { "Mr. Kim met Dr. Lee at Mt. Kumgang.", "They talked." })]
    [InlineData("U.S. President Donald Trump left. He flew home.", new[] { "U.S. President Donald Trump left.", "He flew home." })]
    [InlineData("the U.S.-North Korea summit broke down. Then what?", new[] { "the U.S.-North Korea summit broke down.", "Then what?" })]
    [InlineData("It blamed the U.S. The North walked out.", new[] { "It blamed the U.S.", "The North walked out." })]
    [InlineData("They met on Jan. 5 and Feb. 27 in Hanoi. It failed.", new[] { "They met on Jan. 5 and Feb. 27 in Hanoi.", "It failed." })]
    [InlineData("Growth was 3.5 percent. Prices rose 0.2.", new[] { "Growth was 3.5 percent.", "Prices rose 0.2." })]
    [InlineData("J. R. Smith wrote it. Nobody read it.", new[] { "J. R. Smith wrote it.", "Nobody read it." })]
    [InlineData("“It is over,” he added. The talks ended.", new[] { "“It is over,” he added.", "The talks ended." })]
    [InlineData("He said “we will respond.” The South waited.", new[] { "He said “we will respond.”", "The South waited." })]
    [InlineData("“Why now?” he asked. Nobody knew.", new[] { "“Why now?” he asked.", "Nobody knew." })]
    [InlineData("Meari said. “The South has failed,” it said.", new[] { "Meari said.", "“The South has failed,” it said." })]
    [InlineData("They talked … Then silence.", new[] { "They talked …", "Then silence." })]
    [InlineData("Contact through telecommunications. …", new[] { "Contact through telecommunications. …" })]
    [InlineData("At least not yet — yet: nothing. Done.", new[] { "At least not yet — yet: nothing.", "Done." })]
    [InlineData("Wait... Then it came.", new[] { "Wait...", "Then it came." })]
    [InlineData("It ended at 10 a.m. on Friday.", new[] { "It ended at 10 a.m. on Friday." })]
    [InlineData("(It was late.) The office closed.", new[] { "(It was late.)", "The office closed." })]
    [InlineData("No. 7 was closed. No one came.", new[] { "No. 7 was closed.", "No one came." })]
    [InlineData("  Leading and trailing space.  ", new[] { "Leading and trailing space." })]
    [InlineData("No final punctuation", new[] { "No final punctuation" })]
    public void Splits(string text, string[] expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Nbsp_counts_as_space() =>
        Assert.Equal(["He said.", "“The South…”"], Split("He said.\u00A0“The South…”"));

    [Fact]
    public void Line_breaks_inside_a_paragraph_do_not_split() =>
        Assert.Equal(["A wrapped\nsentence.", "Another."], Split("A wrapped\nsentence. Another."));

    [Fact]
    public void Long_runs_of_periods_stay_linear()
    {
        var text = string.Concat(Enumerable.Repeat("a.", 200_000)) + " End.";
        Assert.Equal(2, SentenceSplitter.Split(text, 0, text.Length).Count);
    }
}
