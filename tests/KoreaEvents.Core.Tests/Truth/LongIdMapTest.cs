using KoreaEvents.Core.Truth;

namespace KoreaEvents.Core.Tests.Truth;

public sealed class LongIdMapTest
{
    [Fact]
    public void Gives_dense_ids_in_order_of_first_appearance_across_growth()
    {
        var map = new LongIdMap(capacity: 2);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, map.GetOrAdd(LongIdMap.Key(i % 100, i / 100)));
        }

        Assert.Equal(10_000, map.Count);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, map.GetOrAdd(LongIdMap.Key(i % 100, i / 100)));
        }

        Assert.Equal(10_000, map.Count);
    }

    [Fact]
    public void Keys_keep_both_halves()
    {
        var map = new LongIdMap();
        Assert.Equal(0, map.GetOrAdd(LongIdMap.Key(1, 2)));
        Assert.Equal(1, map.GetOrAdd(LongIdMap.Key(2, 1)));
        Assert.Equal(2, map.GetOrAdd(LongIdMap.Key(0, int.MaxValue)));
        Assert.Equal(0, map.GetOrAdd(LongIdMap.Key(1, 2)));
    }
}
