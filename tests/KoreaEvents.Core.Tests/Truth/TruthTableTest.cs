using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class TruthTableTest
{
    private static readonly ClaimTable Claims = TruthFixtures.Table(
        ("s1", "o1", "Seoul"),
        ("s2", "o1", "Busan"),
        ("s3", "o1", "seoul"),
        ("s1", "o2", "30.1"),
        ("s1", "o3", "x"));

    [Fact]
    public void Reads_objects_and_scores_by_value_key()
    {
        var truth = TruthTable.ReadCsv(new StringReader("value,object\n SEOUL ,o1\n30.10, o2 \n30.100,o2\nz,o3\ny,absent\n"));
        Assert.Equal(4, truth.Count);
        var evaluation = truth.Evaluate(MajorityVote.Instance.Run(Claims));
        Assert.Equal(new TruthEvaluation(Scored: 3, Correct: 2, MissingFromClaims: 1), evaluation);
    }

    [Fact]
    public void Reading_and_building_from_pairs_agree()
    {
        var pairs = new Dictionary<string, string> { ["o1"] = "Seoul", ["o2"] = "30.1", ["o3"] = "x" };
        var result = MajorityVote.Instance.Run(Claims);
        var read = TruthTable.ReadCsv(new StringReader("object,value\no1,Seoul\no2,30.1\no3,x\n"));
        Assert.Equal(TruthTable.From(pairs).Evaluate(result), read.Evaluate(result));
        Assert.Equal(3, read.Evaluate(result).Correct);
    }

    [Fact]
    public void A_second_different_value_for_an_object_is_an_error_at_its_line()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => TruthTable.ReadCsv(new StringReader("object,value\no1,a\n\no2,b\n o1 , A \no1,c\n")));
        Assert.Equal(6, error.Line);
        Assert.Contains("The object 'o1' is given a second, different true value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_value_is_an_error_at_its_position()
    {
        var error = Assert.Throws<ClaimTableFormatException>(() => TruthTable.ReadCsv(new StringReader("object,value\no1,a\no2,  \n")));
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
    }
}
