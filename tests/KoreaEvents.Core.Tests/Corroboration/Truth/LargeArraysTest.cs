using KoreaEvents.Core.Corroboration.Truth;

namespace KoreaEvents.Core.Tests.Corroboration.Truth;

public sealed class LargeArraysTest
{
    /// <summary>Small and large (huge-page hinted on Linux) arrays alike have their length and keep what is written.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(3 << 20)]
    public void Arrays_hold_what_is_written(int length)
    {
        var doubles = LargeArrays.Uninitialized<double>(length);
        var ints = LargeArrays.Uninitialized<int>(length);
        Assert.Equal(length, doubles.Length);
        Assert.Equal(length, ints.Length);
        for (int i = 0; i < length; i++)
        {
            doubles[i] = i * 0.5;
            ints[i] = length - i;
        }

        for (int i = 0; i < length; i++)
        {
            Assert.Equal(i * 0.5, doubles[i]);
            Assert.Equal(length - i, ints[i]);
        }
    }
}
