using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class TruthValuesTest
{
    [Theory]
    [InlineData("  Donald   E.\tKnuth ", "donald e. knuth")]
    [InlineData("30.10", "30.1")]
    [InlineData("3.01e1", "30.1")]
    [InlineData("-0", "0")]
    [InlineData("+7", "7")]
    [InlineData("1,000", "1,000")]
    [InlineData("09:10", "09:10")]
    [InlineData("NaN", "nan")]
    [InlineData("Infinity", "infinity")]
    [InlineData("C31C", "c31c")]
    public void Keys_follow_the_documented_rule(string value, string key) => Assert.Equal(key, TruthValues.ToKey(value));

    [Fact]
    public void Numbers_are_invariant_culture_finite_numbers()
    {
        Assert.Equal(30.1, TruthValues.ToNumber(" 30.10 "));
        Assert.True(double.IsNaN(TruthValues.ToNumber("1,000")));
        Assert.True(double.IsNaN(TruthValues.ToNumber("NaN")));
        Assert.True(double.IsNaN(TruthValues.ToNumber("1e400")));
    }

    [Fact]
    public void Long_values_are_normalised_too()
    {
        var value = new string('A', 1000) + "  B";
        Assert.Equal(new string('a', 1000) + " b", TruthValues.ToKey(value));
    }
}
